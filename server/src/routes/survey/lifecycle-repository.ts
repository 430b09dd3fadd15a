import { now } from '../../clock';
import type { Queryable } from '../../db';

/**
 * A survey's state changes and its one-time export tickets (part of the survey repository). The time
 * is the app's clock, passed as a parameter, so a test standing at another instant sees the same.
 */
export function lifecycleQueries(db: Queryable) {
  return {
    async markOpen(id: number): Promise<void> {
      await db.query(`UPDATE surveys SET status = 'open', opened_at = $2, updated_at = $2 WHERE id = $1`, [id, now()]);
    },

    /** Closes now, or at the end of its window when that has already passed. */
    async markClosed(id: number): Promise<void> {
      await db.query(
        `UPDATE surveys SET status = 'closed', closed_at = least($2::timestamptz, closes_at), updated_at = $2 WHERE id = $1`,
        [id, now()],
      );
    },

    /** How many open surveys have passed the end of their window. */
    async countLapsed(): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM surveys WHERE status = 'open' AND closes_at <= $1`,
        [now()],
      );
      return row?.n ?? 0;
    },

    /** Open surveys whose window has passed, locked for closing; another instance skips them. */
    async lockLapsed(): Promise<number[]> {
      const rows = await db.query<{ id: number }>(
        `SELECT id FROM surveys WHERE status = 'open' AND closes_at <= $1 FOR UPDATE SKIP LOCKED`,
        [now()],
      );
      return rows.map((r) => r.id);
    },

    async markReminded(id: number): Promise<void> {
      await db.query(`UPDATE surveys SET reminded_at = $2 WHERE id = $1`, [id, now()]);
    },

    /** A one-time export ticket (its hash) for five minutes; expired ones are cleared on the way. */
    async createExportTicket(ticketHash: string, surveyId: number, memberId: number): Promise<Date> {
      const at = now();
      await db.query(`DELETE FROM survey_export_tickets WHERE expires_at < $1`, [at]);
      const [row] = await db.query<{ expires_at: Date }>(
        `INSERT INTO survey_export_tickets (ticket_hash, survey_id, member_id, expires_at)
         VALUES ($1, $2, $3, $4::timestamptz + interval '5 minutes') RETURNING expires_at`,
        [ticketHash, surveyId, memberId, at],
      );
      return row!.expires_at;
    },

    /** Uses up a ticket: it answers once, and only before it expires. */
    async spendExportTicket(ticketHash: string): Promise<{ surveyId: number; memberId: number } | null> {
      const [row] = await db.query<{ surveyId: number; memberId: number }>(
        `DELETE FROM survey_export_tickets WHERE ticket_hash = $1 AND expires_at > $2
         RETURNING survey_id AS "surveyId", member_id AS "memberId"`,
        [ticketHash, now()],
      );
      return row ?? null;
    },

    /** Whether an active member still holds one of these roles on the union (the ticket's holder, at download). */
    async isManager(memberId: number, unionId: number, roles: readonly string[]): Promise<boolean> {
      const rows = await db.query(
        `SELECT 1 FROM member_roles r JOIN members m ON m.id = r.member_id
          WHERE r.member_id = $1 AND r.union_id = $2 AND r.role = ANY($3::text[]) AND m.status = 'active'`,
        [memberId, unionId, roles],
      );
      return rows.length > 0;
    },
  };
}
