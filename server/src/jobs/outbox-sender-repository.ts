import type { Queryable } from '../db';

export interface OutboxRow {
  id: number;
  openid: string;
  template_id: string;
  page: string | null;
  data: Record<string, { value: string }>;
  attempts: number;
}

/** The subscribe-message outbox's queries, by name. */
export function outboxRepository(db: Queryable) {
  return {
    /** Claims up to `limit` due rows (FOR UPDATE SKIP LOCKED) and marks them 'sending'. */
    claim(limit: number): Promise<OutboxRow[]> {
      return db.query<OutboxRow>(
        `UPDATE subscribe_outbox SET status = 'sending', attempts = attempts + 1, claimed_at = now()
          WHERE id IN (SELECT id FROM subscribe_outbox
                        WHERE status = 'pending' AND next_attempt_at <= now()
                        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, openid, template_id, page, data, attempts`,
        [limit],
      );
    },

    async markSent(id: number): Promise<void> {
      await db.query(`UPDATE subscribe_outbox SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1`, [
        id,
      ]);
    },

    /** Records a failed attempt: back to 'pending' to be tried after `delaySeconds`, or 'failed' for good. */
    async markAttemptFailed(id: number, retry: boolean, error: string, delaySeconds: number): Promise<void> {
      await db.query(
        `UPDATE subscribe_outbox
            SET status = $2, last_error = $3,
                next_attempt_at = now() + make_interval(secs => $4)
          WHERE id = $1`,
        [id, retry ? 'pending' : 'failed', error, delaySeconds],
      );
    },

    /** Gives up on rows whose sender stopped mid-call, rather than risk sending them twice. */
    async failStuckSending(): Promise<void> {
      await db.query(
        `UPDATE subscribe_outbox SET status = 'failed', last_error = 'sender stopped while sending'
          WHERE status = 'sending' AND claimed_at < now() - interval '10 minutes'`,
      );
    },
  };
}
