import type { Queryable } from '../db';

/**
 * One line of the audit log: who did what to which record. Actions are 'domain.object.verb' in
 * lower case, for example:
 *   counselling.appointment.read   a counsellor opened an appointment's details
 *   member.role.grant              staff gave a member a role
 *   roster.import                  staff imported a roster file
 *   export.download                someone downloaded a report
 */
export interface AuditEntry {
  /** The member who acted; null only for the system itself (a scheduled job). */
  actorId: number | null;
  /** The union whose records were touched, so each union's officers can review their own. */
  unionId: number | null;
  action: string;
  /** What kind of record, in snake_case: 'counselling_appointment', 'member', 'roster_import'. */
  targetType: string;
  targetId?: number | string | null;
  /**
   * Small facts that help a reviewer: ids, counts, a file name, a previous status. Never names,
   * notes, reasons or anything else the audit log would then have to protect itself.
   */
  detail?: Record<string, unknown>;
}

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

const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){1,3}$/;
const TARGET_TYPE = /^[a-z][a-z0-9_]{0,39}$/;
const MAX_DETAIL_CHARS = 2000;

/**
 * Appends one entry. Call it with the same transaction (`tx`) as the read or change it records, so
 * that an entry exists exactly when the thing happened: if the entry cannot be written, the read
 * or change fails with it. The table refuses UPDATE, DELETE and TRUNCATE (migration 025).
 */
export async function audit(db: Queryable, entry: AuditEntry): Promise<void> {
  // Programming errors, not user input: fail loudly in tests rather than log something unreadable.
  if (!ACTION.test(entry.action)) throw new Error(`audit: action "${entry.action}" is not 'domain.object.verb'`);
  if (!TARGET_TYPE.test(entry.targetType))
    throw new Error(`audit: target type "${entry.targetType}" is not snake_case`);
  const detail = JSON.stringify(entry.detail ?? {});
  if (detail.length > MAX_DETAIL_CHARS)
    throw new Error(`audit: detail of ${entry.action} is over ${MAX_DETAIL_CHARS} characters`);
  await db.query(
    `INSERT INTO audit_log (actor_id, union_id, action, target_type, target_id, detail) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      entry.actorId,
      entry.unionId,
      entry.action,
      entry.targetType,
      entry.targetId == null ? null : String(entry.targetId),
      detail,
    ],
  );
}

/** Who acted, from a signed-in caller: the usual first half of an entry. */
export const auditActor = (caller: { memberId: number; unionId: number }) => ({
  actorId: caller.memberId,
  unionId: caller.unionId,
});

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
