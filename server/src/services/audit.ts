import type { Queryable } from '../db';
import { auditRepository } from './audit-repository';

export { readAudit, type AuditFilter, type AuditRecord } from './audit-repository';

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
  await auditRepository(db).append({
    actorId: entry.actorId,
    unionId: entry.unionId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId == null ? null : String(entry.targetId),
    detail,
  });
}

/** Who acted, from a signed-in caller: the usual first half of an entry. */
export const auditActor = (caller: { memberId: number; unionId: number }) => ({
  actorId: caller.memberId,
  unionId: caller.unionId,
});
