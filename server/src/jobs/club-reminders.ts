import { now as clock } from '../clock';
import type { Db } from '../db';
import { formatInstant } from '../routes/booking';
import { EVENT_LINK } from '../routes/clubs';
import { notify } from '../services/notify';

export interface ClubRemindersOptions {
  db: Db;
  templates: Record<string, string>;
  batchSize?: number;
  /** How long before the start a confirmed sign-up is reminded. */
  leadMinutes?: number;
}

/**
 * Reminds everyone with a confirmed place shortly before a club event starts. Safe with several
 * instances: sign-ups are claimed with FOR UPDATE SKIP LOCKED and marked `reminded_at` by the same
 * statement, in the transaction that writes the message, so each member is reminded once. Someone
 * who signed up (or moved up from the waitlist) within the lead time has just been told and is left out.
 */
export function createClubReminders(options: ClubRemindersOptions) {
  const { db, templates } = options;
  const batchSize = options.batchSize ?? 200;
  const leadMinutes = options.leadMinutes ?? 120;

  async function runOnce(): Promise<number> {
    const now = clock();
    return db.transaction(async (tx) => {
      const due = await tx.query<{ memberId: number; eventId: number; title: string; place: string; startsAt: Date }>(
        `WITH due AS (
           SELECT s.id FROM club_event_signups s JOIN club_events e ON e.id = s.event_id
            WHERE s.status = 'confirmed' AND s.reminded_at IS NULL AND e.cancelled_at IS NULL
              AND e.starts_at > $1 AND e.starts_at <= $1::timestamptz + make_interval(mins => $3)
              AND coalesce(s.promoted_at, s.created_at) <= e.starts_at - make_interval(mins => $3)
            ORDER BY s.id LIMIT $2 FOR UPDATE OF s SKIP LOCKED)
         UPDATE club_event_signups s SET reminded_at = $1 FROM due, club_events e
          WHERE s.id = due.id AND e.id = s.event_id AND s.reminded_at IS NULL
         RETURNING s.member_id AS "memberId", e.id AS "eventId", e.title, e.place, e.starts_at AS "startsAt"`,
        [now, batchSize, leadMinutes],
      );
      for (const r of due) {
        await notify(tx, templates, {
          memberId: r.memberId,
          kind: 'clubs',
          title: `活动即将开始：${r.title}`,
          body: `${formatInstant(r.startsAt)}，${r.place}。到场后请扫负责人出示的签到码签到；不能参加请及时取消报名，把名额让给候补的老师。`,
          link: EVENT_LINK(r.eventId),
        });
      }
      return due.length;
    });
  }

  return { runOnce };
}
