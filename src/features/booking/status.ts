// Words and tones for booking states, shared by 我的预约, approvals and the staff day view.
import type { Booking, BookingStatus, DayBooking } from './types';

export type StatusTone = 'green' | 'blue' | 'orange' | 'red' | 'grey';

export const STATUS_LABELS: Record<BookingStatus, { text: string; tone: StatusTone }> = {
  pending: { text: '待审核', tone: 'orange' },
  confirmed: { text: '已确认', tone: 'green' },
  checked_in: { text: '已签到', tone: 'blue' },
  no_show: { text: '未到场', tone: 'red' },
  cancelled: { text: '已取消', tone: 'grey' },
  rejected: { text: '未通过', tone: 'red' },
};

/**
 * A member's confirmed booking whose check-in time has come reads 待签到; otherwise the plain status
 * (a 固定安排 is never checked in). `now` is a number so the caller decides the clock (tests stand at a fixed instant).
 */
export function bookingStatusLabel(
  b: Pick<Booking, 'status' | 'source' | 'checkInOpensAt' | 'checkInClosesAt'>,
  now: number,
) {
  if (
    b.status === 'confirmed' &&
    b.source !== 'series' &&
    now >= Date.parse(b.checkInOpensAt) &&
    now < Date.parse(b.checkInClosesAt)
  ) {
    return { text: '待签到', tone: 'orange' as StatusTone };
  }
  return STATUS_LABELS[b.status];
}

/**
 * In the staff day view a confirmed booking of a slot that has started but not checked in is 未签到;
 * a recurring booking held for a group (固定安排) is never checked in, and once started reads 使用中 / 已结束.
 */
export function dayBookingLabel(
  b: Pick<DayBooking, 'status' | 'source'>,
  slot: { startsAt: string; endsAt: string },
  now: number,
) {
  if (b.status !== 'confirmed') return STATUS_LABELS[b.status];
  if (Date.parse(slot.startsAt) > now) return { text: '待签到', tone: 'grey' as StatusTone };
  if (b.source !== 'series') return { text: '未签到', tone: 'orange' as StatusTone };
  return Date.parse(slot.endsAt) > now
    ? { text: '使用中', tone: 'blue' as StatusTone }
    : { text: '已结束', tone: 'grey' as StatusTone };
}

export const SOURCE_LABELS: Record<string, string> = {
  member: '会员预约',
  walk_in: '扫码使用',
  series: '固定安排',
};
