import type { Queryable } from '../../db';
import type { AuditKindKey } from './audit-view';

/** The actions of each kind of the 审计日志 page's filter, as SQL over `audit_log a`. */
const KIND_WHERE: Record<AuditKindKey, string> = {
  roles: `a.action LIKE 'member.role.%'`,
  members: `(a.action LIKE 'member.record.%' OR a.action LIKE 'roster.%')`,
  branches: `a.action LIKE 'union.branch.%'`,
  exports: `(a.action LIKE 'export.%' OR a.action LIKE '%.export%')`,
  confidential: `(a.action LIKE '%.read' OR a.action LIKE '%.list')`,
  privacy: `a.action LIKE 'privacy.%'`,
};

/**
 * The target's id as an integer key, or NULL when target_id is not one: compared as `t.id = …` the
 * lookup is one primary-key probe, where `t.id::text = a.target_id` read every member of the union
 * for each entry of the page. The CASE keeps the cast from ever seeing a non-number.
 */
const TARGET_KEY = `(CASE WHEN a.target_id ~ '^[0-9]{1,9}$' THEN a.target_id::int END)`;

/** The target's current name, when it is a member of the union or the union or one of its 分工会. */
const TARGET_LABEL_SQL = `CASE
    WHEN a.target_type = 'member' THEN (SELECT t.name FROM members t WHERE t.id = ${TARGET_KEY} AND t.union_id = a.union_id)
    WHEN a.target_type = 'union' THEN (SELECT t.name FROM unions t WHERE t.id = ${TARGET_KEY} AND (t.id = a.union_id OR t.parent_id = a.union_id))
  END`;

export interface AuditEntryRow {
  id: number;
  at: Date;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  found: string | null;
  detail: Record<string, unknown>;
}

/** Which entries of one union's log: a kind of action and Beijing calendar days (both optional). */
export interface AuditFilter {
  unionId: number;
  kind?: AuditKindKey;
  from?: string;
  to?: string;
}

/** The WHERE clause of a filter over `audit_log a`, built here so no caller passes SQL in. */
function auditWhere({ unionId, kind, from, to }: AuditFilter) {
  const params: unknown[] = [unionId];
  const where = ['a.union_id = $1'];
  if (kind) where.push(KIND_WHERE[kind]);
  // Dates are Beijing calendar days.
  if (from) where.push(`a.at >= ($${params.push(from)}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
  if (to) where.push(`a.at < ($${params.push(to)}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
  return { clause: where.join(' AND '), params };
}

/** The queries of the 审计日志 page. */
export function auditRepository(db: Queryable) {
  return {
    /**
     * A page of the log, newest first, after `before` (keyset — an index range, however long the
     * log has grown). The page's ids are chosen from the log alone (from an index of
     * the kind, migration 089, when one is filtered), and only those rows are read and named.
     */
    async auditPage(filter: AuditFilter, page: { limit: number; before?: number }) {
      const { clause, params } = auditWhere(filter);
      const { before, limit } = page;
      const where = before ? `${clause} AND a.id < $${params.length + 1}` : clause;
      const pageParams = before ? [...params, before] : params;
      return db.query<AuditEntryRow>(
        `WITH page AS (SELECT a.id FROM audit_log a WHERE ${where}
                        ORDER BY a.id DESC LIMIT $${pageParams.length + 1})
         SELECT a.id::int AS id, a.at, m.name AS "actorName", a.action, a.target_type AS "targetType", a.target_id AS "targetId",
                ${TARGET_LABEL_SQL} AS found, a.detail
           FROM page JOIN audit_log a ON a.id = page.id LEFT JOIN members m ON m.id = a.actor_id
          ORDER BY a.id DESC`,
        [...pageParams, limit],
      );
    },

    /** How many entries match the filter, whatever page is shown. */
    async countAuditEntries(filter: AuditFilter) {
      const { clause, params } = auditWhere(filter);
      const [count] = await db.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM audit_log a WHERE ${clause}`,
        params,
      );
      return count!.total;
    },
  };
}
