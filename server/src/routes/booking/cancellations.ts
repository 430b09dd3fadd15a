import type { Queryable } from '../../db';
import { notify } from '../../services/notify';
import { bookingRepository } from './bookings-repository';
import { MY_BOOKINGS_LINK } from './links';
import { bookingLabel } from './rules';

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
    await notify(tx, p.templates, {
      memberId: booking.memberId,
      kind: 'booking',
      title: `预约已取消：${booking.roomName}`,
      body: `${bookingLabel(booking.startsAt, booking.endsAt)}。原因：${p.reason}`,
      link: MY_BOOKINGS_LINK,
    });
  }
  return cancelled.length;
}
