import type { Queryable } from '../../db';
import { AppError, conflict, forbidden } from '../../errors';
import { type Caller, hasRole } from '../../plugins/auth';
import { officerOf } from '../../policy';
import { type CounsellorRow, counsellorRepository } from './counsellors-repository';
import { MAX_UPCOMING } from './rules';

/** Staff and the chair run counselling for their union: counsellors, settings, monthly counts. */
export const canManage = (caller: Caller) => officerOf(caller, caller.unionId);
/** The refusal of the routes whose policy is `officer`. */
export const MANAGERS_ONLY = '只有本工会的工会干事或工会主席可以进行此操作';
/** The refusal of the desk routes, whose policy is `counsellor` (the handler then needs their profile). */
export const COUNSELLORS_ONLY = '只有心理咨询师可以使用咨询工作台';

/** The caller's own counsellor profile: the role alone is not enough, nor a profile in another union. */
export async function requireCounsellor(db: Queryable, caller: Caller): Promise<CounsellorRow> {
  const counsellor = hasRole(caller, caller.unionId, 'counsellor')
    ? await counsellorRepository(db).findByMember(caller.memberId)
    : null;
  if (!counsellor || counsellor.unionId !== caller.unionId) throw forbidden(COUNSELLORS_ONLY);
  return counsellor;
}

export const tooManyUpcoming = () =>
  conflict(
    `您已有 ${MAX_UPCOMING} 个未完成的预约，最多同时预约 ${MAX_UPCOMING} 次；请等其中一个结束或取消后再约`,
    'TOO_MANY_UPCOMING',
  );

export const alreadyRequested = () => conflict('您已预约了这个时段，可在「我的咨询」中查看', 'ALREADY_REQUESTED');

export const slotTaken = () => conflict('这个时段刚刚被预约了，请换一个时间', 'SLOT_TAKEN');

/** The database's own guards, in the words the member reads. */
export function translateDbError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const e = error as { code?: string; constraint?: string };
  if (e?.code === '23P01' && e.constraint === 'counselling_appointments_no_overlap') return slotTaken();
  if (e?.code === '23505' && e.constraint === 'counselling_appointments_upcoming_key') return tooManyUpcoming();
  return error;
}
