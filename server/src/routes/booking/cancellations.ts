import type { Queryable } from '../../db';
import { notify } from '../../services/notify';
import { bookingRepository } from './bookings-repository';
import { MY_BOOKINGS_LINK } from './links';
import { bookingLabel } from './rules';

/** Tells the member that their booking was cancelled, and why. */
export async function notifyCancelled(
  tx: Queryable,
  templates: Record<string, string>,
  booking: { memberId: number; roomName: string; startsAt: Date; endsAt: Date },
  reason: string | null,
): Promise<void> {
  await notify(tx, templates, {
    memberId: booking.memberId,
    kind: 'booking',
    title: `预约已取消：${booking.roomName}`,
    body: `${bookingLabel(booking.startsAt, booking.endsAt)}。原因：${reason}`,
    link: MY_BOOKINGS_LINK,
  });
}

/**
 * Cancels the open bookings (not yet started) of these rooms, optionally within dates or one
 * series, gives their places back and tells each member why. The caller holds the rooms' exclusive
 * locks, so no booking can slip in beside. Returns how many were cancelled.
 */
export async function cancelOpenBookings(
  tx: Queryable,
  p: {
    roomIds: number[];
    now: Date;
    from?: string;
    to?: string;
    seriesId?: number;
    reason: string;
    by: number;
    templates: Record<string, string>;
    /** Staff cancelling their own series need no message. */
    quiet?: boolean;
  },
): Promise<number> {
  if (p.roomIds.length === 0) return 0;
  const repo = bookingRepository(tx);
  const cancelled = await repo.cancelOpen(p);
  await repo.release(cancelled);
  for (const booking of p.quiet ? [] : cancelled) {
    await notifyCancelled(tx, p.templates, booking, p.reason);
  }
  return cancelled.length;
}
