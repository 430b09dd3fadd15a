import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { errors } from '../schemas/common';
import { healthRepository } from './health-repository';

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['系统'],
        security: [],
        summary: '健康检查：服务与数据库是否可用',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            db: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
          }),
          ...errors(500),
        },
      },
    },
    async () => {
      await healthRepository(app.db).ping();
      return { status: 'ok' as const, db: app.db.kind };
    },
  );
};

export default healthRoutes;
