import type { Queryable } from '../../db';
import { notify } from '../../services/notify';
import { formatInstant } from '../booking';
import { EVENT_LINK } from './access';
import { releaseRoom } from './room-reservation';

/**
 * Cancels an event inside the caller's transaction: the event is marked, its room bookings not yet
 * started are released, and everyone still signed up (waitlist too) is told why. Returns false when
 * it was already cancelled.
 */
export async function cancelEvent(
  tx: Queryable,
  event: { id: number; title: string; startsAt: Date },
  p: { unionId: number; reason: string; by: number; now: Date; templates: Record<string, string> },
): Promise<boolean> {
  const marked = await tx.query(
    `UPDATE club_events SET cancelled_at = $2 WHERE id = $1 AND cancelled_at IS NULL RETURNING id`,
    [event.id, p.now],
  );
  if (marked.length === 0) return false;
  await releaseRoom(tx, event.id, {
    unionId: p.unionId,
    now: p.now,
    reason: `${event.title}已取消`,
    by: p.by,
    templates: p.templates,
  });
  const people = await tx.query<{ memberId: number }>(
    `SELECT member_id AS "memberId" FROM club_event_signups WHERE event_id = $1 AND status <> 'cancelled' ORDER BY id`,
    [event.id],
  );
  for (const person of people) {
    await notify(tx, p.templates, {
      memberId: person.memberId,
      kind: 'clubs',
      title: `活动取消：${event.title}`,
      body: `原定 ${formatInstant(event.startsAt)} 的活动取消了。${p.reason ? `原因：${p.reason}` : '给您带来不便，敬请谅解。'}`,
      link: EVENT_LINK(event.id),
    });
  }
  return true;
}
