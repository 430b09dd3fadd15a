import type { Queryable } from '../db';

export interface DueSignup {
  memberId: number;
  eventId: number;
  title: string;
  place: string;
  startsAt: Date;
}

/** The club reminder job's query, by name. */
export function clubRemindersRepository(tx: Queryable) {
  return {
    /**
     * Marks up to `limit` confirmed sign-ups to events starting within `leadMinutes` after `now` as
     * reminded (claimed with FOR UPDATE SKIP LOCKED), leaving out those confirmed within the lead time.
     */
    markDue(now: Date, limit: number, leadMinutes: number): Promise<DueSignup[]> {
      return tx.query<DueSignup>(
        `WITH due AS (
           SELECT s.id FROM club_event_signups s JOIN club_events e ON e.id = s.event_id
            WHERE s.status = 'confirmed' AND s.reminded_at IS NULL AND e.cancelled_at IS NULL
              AND e.starts_at > $1 AND e.starts_at <= $1::timestamptz + make_interval(mins => $3)
              AND coalesce(s.promoted_at, s.created_at) <= e.starts_at - make_interval(mins => $3)
            ORDER BY s.id LIMIT $2 FOR UPDATE OF s SKIP LOCKED)
         UPDATE club_event_signups s SET reminded_at = $1 FROM due, club_events e
          WHERE s.id = due.id AND e.id = s.event_id AND s.reminded_at IS NULL
         RETURNING s.member_id AS "memberId", e.id AS "eventId", e.title, e.place, e.starts_at AS "startsAt"`,
        [now, limit, leadMinutes],
      );
    },
  };
}
