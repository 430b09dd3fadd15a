import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sendDownload, XLSX_TYPE } from '../../http/download';
import { errors, XlsxFile } from '../../schemas/common';
import { audit, auditActor } from '../../services/audit';
import type { FastifyRequest } from 'fastify';
import { notFound } from '../../errors';
import { allow } from '../../policy';
import { findUnion } from '../../services/union-tree';
import { assessmentRollup, rollupWorkbook } from './rollup';
import { Rollup, RoundParams, tags } from './schemas';

const NOT_UPPER = '只有上级工会可以查看建家评家汇总';

/** The upper union the caller speaks for (the route's policy has checked they may). */
async function viewerUnion(request: FastifyRequest) {
  const union = await findUnion(request.server.db, request.caller.unionId);
  if (!union) throw notFound('工会不存在');
  return union;
}

/** The roll-up of one round for the caller's upper union, and the same as an XLSX workbook. */
const rollupRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/rounds/:roundId/rollup',
    {
      schema: {
        operationId: 'getAssessmentRollup',
        tags,
        summary: '本工会之下各校的自评分、评审分、会员评家满意率和评定等次',
        params: RoundParams,
        response: { 200: Rollup, ...errors(401, 403, 404) },
      },
      preHandler: allow('upperUnion', NOT_UPPER),
    },
    async (request) => {
      return assessmentRollup(app.db, request.caller, await viewerUnion(request), request.params.roundId);
    },
  );

  app.get(
    '/rounds/:roundId/rollup.xlsx',
    {
      schema: {
        operationId: 'exportAssessmentRollup',
        tags,
        summary: '建家评家汇总（XLSX）',
        params: RoundParams,
        response: { 200: XlsxFile, ...errors(401, 403, 404) },
      },
      preHandler: allow('upperUnion', NOT_UPPER),
    },
    async (request, reply) => {
      const { caller } = request;
      const rollup = await assessmentRollup(app.db, caller, await viewerUnion(request), request.params.roundId);
      await audit(app.db, {
        ...auditActor(caller),
        action: 'export.download',
        targetType: 'assessment_round',
        targetId: rollup.round.id,
      });
      return sendDownload(
        reply,
        XLSX_TYPE,
        `assessment-${rollup.round.year}.xlsx`,
        `${rollup.round.title}汇总.xlsx`,
        await rollupWorkbook(rollup),
      );
    },
  );
};

export default rollupRoutes;
