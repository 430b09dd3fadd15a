import { type AppError, badRequest, conflict } from '../../errors';
import { bookingWindow, type RoomGrid, type Slot } from './slots';
import { clockLabels, formatDate, formatDuration, formatInstant, localDate } from '../../time/beijing';

/** A room's rules beyond its grid. */
export interface RoomRules extends RoomGrid {
  name: string;
  cancelCutoffMinutes: number;
  quotaPerDay: number | null;
  quotaPerWeek: number | null;
  quotaUpcoming: number | null;
  requiresApproval: boolean;
  checkInBeforeMinutes: number;
  checkInAfterMinutes: number;
}

/** What the database says about this member and this slot, read inside the booking transaction. */
export interface BookingFacts {
  suspendedUntil: Date | null;
  closureReason: string | null;
  alreadyBooked: boolean;
  dayCount: number;
  weekCount: number;
  upcomingCount: number;
}

/** 'advance': an ordinary booking of a slot not yet started; 'walk_in': 立即使用 of the slot open for check-in now. */
export type BookingMode = 'advance' | 'walk_in';

/**
 * The first booking rule this request breaks, as the error to answer, or null when it may go ahead.
 * The seat itself is taken afterwards by the conditional update on the slot counter.
 */
export function bookingRefusal(
  room: RoomRules,
  slot: Slot,
  facts: BookingFacts,
  now: Date,
  mode: BookingMode,
): AppError | null {
  const window = bookingWindow(room, now);
  if (mode === 'advance' && slot.startsAt <= now) return badRequest('该时段已开始或已结束，不能预约', 'SLOT_PAST');
  if (mode === 'walk_in' && slot.endsAt <= now) return badRequest('该时段已结束，不能使用', 'SLOT_PAST');
  if (slot.date > window.lastDate) return badRequest(`只能预约今天起 ${room.windowDays} 天内的时段`, 'OUTSIDE_WINDOW');
  if (slot.date > window.openThrough) {
    return conflict(`${formatDate(slot.date)}的时段将于今天 ${room.releaseTime} 开放预约`, 'NOT_RELEASED');
  }
  if (facts.closureReason) return conflict(`该日暂停开放：${facts.closureReason}`, 'CLOSED');
  if (facts.suspendedUntil) {
    return conflict(
      `因多次预约未到场，您的预约资格暂停至 ${formatInstant(facts.suspendedUntil)}，如有异议可在“我的预约”中申诉`,
      'SUSPENDED',
    );
  }
  if (facts.alreadyBooked) return conflict('您已预约了该时段', 'ALREADY_BOOKED');
  if (room.quotaPerDay !== null && facts.dayCount >= room.quotaPerDay) {
    return conflict(`超出每天可预约次数（每天 ${room.quotaPerDay} 次）`, 'QUOTA_DAY');
  }
  if (room.quotaPerWeek !== null && facts.weekCount >= room.quotaPerWeek) {
    return conflict(`超出每周可预约次数（每周 ${room.quotaPerWeek} 次）`, 'QUOTA_WEEK');
  }
  if (room.quotaUpcoming !== null && facts.upcomingCount >= room.quotaUpcoming) {
    return conflict(`未使用的预约已达上限（最多 ${room.quotaUpcoming} 个），请先使用或取消已有预约`, 'QUOTA_UPCOMING');
  }
  return null;
}

export const slotFull = () => conflict('该时段已约满', 'SLOT_FULL');

export const checkInOpensAt = (room: Pick<RoomRules, 'checkInBeforeMinutes'>, startsAt: Date) =>
  new Date(startsAt.getTime() - room.checkInBeforeMinutes * 60_000);
export const checkInClosesAt = (room: Pick<RoomRules, 'checkInAfterMinutes'>, startsAt: Date) =>
  new Date(startsAt.getTime() + room.checkInAfterMinutes * 60_000);
export const cancelDeadline = (room: Pick<RoomRules, 'cancelCutoffMinutes'>, startsAt: Date) =>
  new Date(startsAt.getTime() - room.cancelCutoffMinutes * 60_000);

const STATUS_WORDS: Record<string, string> = {
  checked_in: '已签到',
  no_show: '已记为未到场',
  cancelled: '已取消',
  rejected: '未通过审批',
};

/** Why a member may not cancel this booking now, or null. Staff cancel without the cut-off. */
export function cancelRefusal(
  room: Pick<RoomRules, 'cancelCutoffMinutes'>,
  booking: { status: string; startsAt: Date },
  now: Date,
  byStaff: boolean,
): AppError | null {
  if (booking.status !== 'pending' && booking.status !== 'confirmed') {
    return conflict(`该预约${STATUS_WORDS[booking.status] ?? '已结束'}，不能取消`, 'NOT_CANCELLABLE');
  }
  if (byStaff) return booking.startsAt <= now ? conflict('该预约已开始，不能取消', 'NOT_CANCELLABLE') : null;
  if (now >= cancelDeadline(room, booking.startsAt)) {
    return room.cancelCutoffMinutes === 0
      ? conflict('该预约已开始，不能取消', 'CANCEL_CUTOFF')
      : conflict(`开始前 ${formatDuration(room.cancelCutoffMinutes)}内不能取消`, 'CANCEL_CUTOFF');
  }
  return null;
}

/** '11月23日 周一 14:00–15:00' */
export const slotLabel = (slot: Pick<Slot, 'date' | 'start' | 'end'>) =>
  `${formatDate(slot.date)} ${slot.start}–${slot.end}`;

/** A booking's local label from its instants (a slot ending at midnight ends at 24:00). */
export function bookingLabel(startsAt: Date, endsAt: Date): string {
  return slotLabel({ date: localDate(startsAt), ...clockLabels(startsAt, endsAt) });
}
