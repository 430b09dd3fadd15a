import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { notFound } from '../../errors';
import { sendDownload, XLSX_TYPE } from '../../http/download';
import { hashToken as hash } from '../../plugins/auth';
import { errors } from '../../schemas/common';
import { allow, OFFICER_ROLES } from '../../policy';
import { loadManaged, MANAGERS_ONLY } from './access';
import { buildWorkbook } from './export';
import { closeLapsedSurveys } from './lifecycle';
import { surveyRepository } from './repository';
import { buildResults } from './results';
import { ExportLink, SurveyIdParams, TicketParams } from './schemas';

const tags = ['会员评议（工会干事、主席）'];

/**
 * The XLSX export in two steps: a signed-in officer asks for a one-time link, then the file is
 * fetched without a bearer header (wx.downloadFile, a browser download). The ticket is single use,
 * lives five minutes, and the officer's role is checked again when it is spent.
 */
const exportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = surveyRepository(app.db);

  app.post(
    '/:id/export-link',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'createSurveyExportLink',
        tags,
        summary: '生成结果导出（XLSX）的一次性下载地址',
        params: SurveyIdParams,
        response: { 200: ExportLink, ...errors(401, 403, 404) },
      },
      preHandler: allow('officer', MANAGERS_ONLY),
    },
    async (request) => {
      const { caller } = request;
      const survey = await loadManaged(repo, caller, request.params.id);
      const ticket = randomBytes(24).toString('base64url');
      const expiresAt = await repo.createExportTicket(hash(ticket), survey.id, caller.memberId);
      return { url: `/api/surveys/exports/${ticket}`, expiresAt };
    },
  );

  app.get(
    '/exports/:ticket',
    {
      schema: {
        operationId: 'downloadSurveyExport',
        tags,
        summary: '下载评议结果 XLSX（汇总、每题一页、意见建议）',
        security: [],
        params: TicketParams,
        produces: [XLSX_TYPE],
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...errors(404) },
      },
    },
    async (request, reply) => {
      const gone = () => notFound('下载地址已失效，请回到结果页重新导出');
      const spent = await repo.spendExportTicket(hash(request.params.ticket));
      if (!spent) throw gone();
      await closeLapsedSurveys(app.db, app.keyRing);
      const survey = await repo.find(spent.surveyId);
      if (!survey || !(await repo.isManager(spent.memberId, survey.unionId, OFFICER_ROLES))) throw gone();
      const file = await buildWorkbook(await buildResults(app.db, survey, 'staff'));
      return sendDownload(
        reply,
        XLSX_TYPE,
        `survey-${survey.id}.xlsx`,
        `${survey.unionName}-${survey.title}-评议结果.xlsx`,
        file,
      );
    },
  );
};

export default exportRoutes;
