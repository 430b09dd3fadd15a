import type { Queryable } from '../db';

export interface AuditRecord {
  id: number;
  at: Date;
  actorId: number | null;
  unionId: number | null;
  action: string;
  targetType: string;
  targetId: string | null;
  detail: Record<string, unknown>;
}

/** The audit log's queries, by name. The table refuses UPDATE, DELETE and TRUNCATE (migration 025). */
export function auditRepository(db: Queryable) {
  return {
    /** Appends one checked entry; `detail` is its JSON text. */
    async append(entry: {
      actorId: number | null;
      unionId: number | null;
      action: string;
      targetType: string;
      targetId: string | null;
      detail: string;
    }): Promise<void> {
      await db.query(
        `INSERT INTO audit_log (actor_id, union_id, action, target_type, target_id, detail) VALUES ($1, $2, $3, $4, $5, $6)`,
        [entry.actorId, entry.unionId, entry.action, entry.targetType, entry.targetId, entry.detail],
      );
    },
  };
}

export interface AuditFilter {
  unionId?: number;
  actorId?: number;
  action?: string;
  targetType?: string;
  targetId?: number | string;
  limit?: number;
}

/** The newest entries first, for a review page or a test. */
export async function readAudit(db: Queryable, filter: AuditFilter = {}): Promise<AuditRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (column: string, value: unknown) => {
    if (value !== undefined) where.push(`${column} = $${params.push(value)}`);
  };
  add('union_id', filter.unionId);
  add('actor_id', filter.actorId);
  add('action', filter.action);
  add('target_type', filter.targetType);
  add('target_id', filter.targetId === undefined ? undefined : String(filter.targetId));
  return db.query<AuditRecord>(
    `SELECT id, at, actor_id AS "actorId", union_id AS "unionId", action, target_type AS "targetType",
            target_id AS "targetId", detail
       FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY id DESC LIMIT $${params.push(filter.limit ?? 100)}`,
    params,
  );
}
