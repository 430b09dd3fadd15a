import type { Db, Queryable } from '../../db';
import { badRequest, forbidden, notFound } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { officerOf } from '../../policy';
import { type AppointmentRow, appointmentRepository } from './appointments-repository';
import type { Scope } from './sessions-repository';
import { canSee, contentHiddenFrom, isOfficerOf, type Viewer } from './views';

export const viewerOf = (caller: Caller): Viewer & Scope => ({
  memberId: caller.memberId,
  unionId: caller.unionId,
  manage: officerOf(caller, caller.unionId),
});

export const NOT_FOUND = '预约不存在或您无权查看';

/**
 * Runs a change to one appointment in a transaction, with the row locked and visible to the caller
 * (someone else's appointment is "not found", never "forbidden", so its existence does not leak).
 */
export async function changeAppointment<T>(
  db: Db,
  id: number,
  viewer: Viewer,
  work: (row: AppointmentRow, tx: Queryable) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const row = await appointmentRepository(tx).lock(id);
    if (!row || !canSee(viewer, row)) throw notFound(NOT_FOUND);
    return work(row, tx);
  });
}

/** Marking who came: the union's chair and staff, and the session's receiver. */
export function requireVisitOfficer(viewer: Viewer, row: AppointmentRow): void {
  if (!isOfficerOf(viewer, row)) throw forbidden('只有工会主席、工会干事和接待人可以处理接待事项');
}

/** 登记, 交办 and 答复 belong to the visit's officers, and a confidential one to its receiver alone. */
export function requireHandler(viewer: Viewer, row: AppointmentRow): void {
  requireVisitOfficer(viewer, row);
  if (contentHiddenFrom(viewer, row)) throw forbidden('会员希望保密，只有接待人可以登记、交办和答复');
}

/** Officer pages (今日接待, the week, follow-ups): the union's chair and staff, and receivers. */
export function requireOfficer(viewer: Viewer, isReceiver: boolean): void {
  if (!viewer.manage && !isReceiver) throw forbidden('只有工会主席、工会干事和接待人可以查看接待安排');
}

/** A required text field after trimming: spaces alone do not count as an answer. */
export function requiredText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw badRequest(`${field}不能为空`);
  return text;
}

export const optionalText = (value: string | undefined): string | null => value?.trim() || null;
