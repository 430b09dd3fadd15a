import { type AppError, conflict, forbidden } from '../../errors';
import { formatInstant } from '../booking';

/** Members may check in from half an hour before the start until the event ends. */
export const CHECK_IN_BEFORE_MINUTES = 30;

export const checkInOpensAt = (startsAt: Date) => new Date(startsAt.getTime() - CHECK_IN_BEFORE_MINUTES * 60_000);

/**
 * Why this member may not check in to the event by its code now, or null. The code only finds the
 * event: the member must hold a confirmed place and be within the event's window.
 */
export function checkInRefusal(
  event: { cancelled: boolean; startsAt: Date; endsAt: Date },
  signUp: { status: 'confirmed' | 'waitlisted' } | null,
  now: Date,
): AppError | null {
  if (event.cancelled) return conflict('该活动已取消，无需签到', 'EVENT_CANCELLED');
  if (!signUp) return forbidden('您没有报名本活动，不能签到。如需参加，请联系活动负责人', 'NOT_SIGNED_UP');
  if (signUp.status === 'waitlisted') return conflict('您在候补名单中，尚未获得名额，不能签到', 'WAITLISTED');
  const opensAt = checkInOpensAt(event.startsAt);
  if (now < opensAt) {
    return conflict(
      `还没到签到时间：活动开始前 ${CHECK_IN_BEFORE_MINUTES} 分钟（${formatInstant(opensAt)}）起可以签到`,
      'TOO_EARLY',
    );
  }
  if (now >= event.endsAt) return conflict('活动已结束，不能再扫码签到。如确已到场，请联系负责人补登', 'EVENT_ENDED');
  return null;
}
