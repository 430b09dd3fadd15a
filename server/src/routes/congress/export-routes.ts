import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { forbidden } from '../../errors';
import { sendDownload, XLSX_TYPE } from '../../http/download';
import { errors, XlsxFile } from '../../schemas/common';
import { sessionContext } from './access';
import { now } from '../../clock';
import { motionsWorkbook } from './export';
import { tags } from './motion-action';
import { motionsRepository } from './motions-repository';
import { SessionParams } from './schemas';
import { allow } from '../../policy';

const exportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/sessions/:sessionId/export',
    {
      schema: {
        operationId: 'exportMotions',
        tags,
        summary: '导出本次会议的提案汇总表（工会干事、主席、提案工作委员会）',
        params: SessionParams,
        response: { 200: XlsxFile, ...errors(400, 401, 403, 404) },
      },
      preHandler: allow('member'),
    },
    async (request, reply) => {
      const { caller } = request;
      const ctx = await sessionContext(app.db, caller, request.params.sessionId, now());
      if (!ctx.viewer.manage && !ctx.viewer.committee)
        throw forbidden('只有工会干事、主席和提案工作委员会可以导出提案汇总表');
      const repo = motionsRepository(app.db);
      const rows = (await repo.listForSession(ctx.session.id)).filter((r) => r.status !== 'draft');
      const motions = await Promise.all(rows.map(async (row) => ({ row, replies: await repo.replies(row.id) })));
      const file = await motionsWorkbook(ctx.session.title, motions);
      return sendDownload(
        reply,
        XLSX_TYPE,
        `motions-${ctx.session.id}.xlsx`,
        `${ctx.session.title}-提案汇总表.xlsx`,
        file,
      );
    },
  );
};

export default exportRoutes;
