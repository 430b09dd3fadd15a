import type { Queryable } from '../db';

export interface ClosedCase {
  id: number;
  memberId: number;
  title: string;
}

/** The help auto-close job's queries, by name. */
export function helpAutoCloseRepository(tx: Queryable) {
  return {
    /**
     * Closes up to `limit` cases resolved at least `days` before `now`, claimed with FOR UPDATE SKIP
     * LOCKED and changed only from 'resolved'.
     */
    closeResolvedBefore(now: Date, days: number, limit: number): Promise<ClosedCase[]> {
      return tx.query<ClosedCase>(
        `WITH due AS (SELECT id FROM help_requests
                       WHERE status = 'resolved' AND resolved_at <= $1::timestamptz - make_interval(days => $2)
                       ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
         UPDATE help_requests r SET status = 'closed', closed_at = $1, updated_at = $1
           FROM due WHERE r.id = due.id AND r.status = 'resolved'
         RETURNING r.id, r.member_id AS "memberId", r.title`,
        [now, days, limit],
      );
    },

    /** The system's 'closed' entry on a case's timeline. */
    async addClosedEvent(requestId: number, body: string, at: Date): Promise<void> {
      await tx.query(
        `INSERT INTO help_events (request_id, kind, actor_role, body, status_after, created_at)
         VALUES ($1, 'closed', 'system', $2, 'closed', $3)`,
        [requestId, body, at],
      );
    },
  };
}
