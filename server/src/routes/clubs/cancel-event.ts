import type { Queryable } from '../../db';
import { notify } from '../../services/notify';
import { formatInstant } from '../booking';
import { EVENT_LINK } from './access';
import { eventQueries } from './events-repository';
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
  const events = eventQueries(tx);
  if (!(await events.markEventCancelled(event.id, p.now))) return false;
  await releaseRoom(tx, event.id, {
    unionId: p.unionId,
    now: p.now,
    reason: `${event.title}已取消`,
    by: p.by,
    templates: p.templates,
  });
  for (const memberId of await events.signedUpMemberIds(event.id)) {
    await notify(tx, p.templates, {
      memberId,
      kind: 'clubs',
      title: `活动取消：${event.title}`,
      body: `原定 ${formatInstant(event.startsAt)} 的活动取消了。${p.reason ? `原因：${p.reason}` : '给您带来不便，敬请谅解。'}`,
      link: EVENT_LINK(event.id),
    });
  }
  return true;
}
