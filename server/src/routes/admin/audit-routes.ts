import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest } from '../../errors';
import { allow } from '../../policy';
import { errors } from '../../schemas/common';
import { tags } from './access';
import { auditRepository } from './audit-repository';
import { actionLabel, AUDIT_KINDS, auditSummary, targetLabel } from './audit-view';
import { AuditList, AuditQuery } from './schemas';

/** 审计日志: the append-only log of the caller's union, for the chair (and a district's supervisor). */
const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        operationId: 'listAuditLog',
        tags,
        summary: '操作记录（主席、上级工会）：按类别和日期筛选，新的在前',
        querystring: AuditQuery,
        response: { 200: AuditList, ...errors(400, 401, 403) },
      },
      preHandler: allow('auditReader', '只有工会主席可以查看操作记录'),
    },
    async (request) => {
      const { caller } = request;
      const { limit = 20, kind, from, to, before } = request.query;
      if (from && to && from > to) throw badRequest('开始日期不能晚于结束日期');
      const filter = { unionId: caller.unionId, kind, from, to };
      const repository = auditRepository(app.db);
      const rows = await repository.auditPage(filter, { limit, before });
      const total = await repository.countAuditEntries(filter);
      return {
        total,
        kinds: AUDIT_KINDS.map(({ key, label }) => ({ key, label })),
        items: rows.map(({ found, ...entry }) => ({
          ...entry,
          actionLabel: actionLabel(entry.action),
          targetLabel: targetLabel(entry.targetType, entry.targetId, found),
          summary: auditSummary(entry.action, entry.detail),
        })),
      };
    },
  );
};

export default auditRoutes;
