import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { unauthorized } from '../errors';
import { errors } from '../schemas/common';
import { Me } from '../schemas/member';
import { findMe } from './me-repository';
import { allow } from '../policy';

const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
  app.get(
    '/me',
    {
      schema: {
        operationId: 'getMe',
        tags: ['会员'],
        summary: '当前会员、所属工会、分工会与角色',
        response: { 200: Type.Ref(Me), ...errors(401) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const me = await findMe(app.db, request.caller.memberId);
      if (!me) throw unauthorized();
      return me;
    },
  );
};

export default meRoutes;
