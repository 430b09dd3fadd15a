import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest } from '../../errors';
import { allow } from '../../policy';
import { errors } from '../../schemas/common';
import { tags } from './access';
import { actionLabel, AUDIT_KINDS, auditSummary, TARGET_LABEL_SQL, targetLabel } from './audit-view';
import { AuditList, AuditQuery } from './schemas';

interface Entry {
  id: number;
  at: Date;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  found: string | null;
  detail: Record<string, unknown>;
}

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
      const { limit = 20, offset = 0, kind, from, to, before } = request.query;
      if (from && to && from > to) throw badRequest('开始日期不能晚于结束日期');
      const params: unknown[] = [caller.unionId];
      const where = ['a.union_id = $1'];
      const chosen = AUDIT_KINDS.find((k) => k.key === kind);
      if (chosen) where.push(chosen.where);
      // Dates are Beijing calendar days.
      if (from) where.push(`a.at >= ($${params.push(from)}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
      if (to) where.push(`a.at < ($${params.push(to)}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
      const clause = where.join(' AND ');
      // The next page by keyset (before the last id shown): an index range, however long the log has grown.
      const page = before ? `${clause} AND a.id < $${params.length + 1}` : clause;
      const pageParams = before ? [...params, before] : params;
      const rows = await app.db.query<Entry>(
        `SELECT a.id::int AS id, a.at, m.name AS "actorName", a.action, a.target_type AS "targetType", a.target_id AS "targetId",
                ${TARGET_LABEL_SQL} AS found, a.detail
           FROM audit_log a LEFT JOIN members m ON m.id = a.actor_id
          WHERE ${page} ORDER BY a.id DESC LIMIT $${pageParams.length + 1} OFFSET $${pageParams.length + 2}`,
        [...pageParams, limit, before ? 0 : offset],
      );
      const [count] = await app.db.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM audit_log a WHERE ${clause}`,
        params,
      );
      return {
        total: count!.total,
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
