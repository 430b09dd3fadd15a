import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import type { VisitListItem } from './office-schemas';

/** 回访: the follow-up visits planned after a case is resolved. */
export function visitQueries(db: Queryable) {
  return {
    async addVisit(requestId: number, dueOn: string, by: number | null): Promise<number> {
      const [row] = await db.query<{ id: number }>(
        `INSERT INTO help_visits (request_id, due_on, created_by) VALUES ($1, $2, $3) RETURNING id`,
        [requestId, dueOn, by],
      );
      return row!.id;
    },

    async visitsOf(requestId: number, today: string) {
      return db.query<{
        id: number;
        dueOn: string;
        status: 'planned' | 'done' | 'cancelled';
        outcome: string | null;
        doneAt: Date | null;
        overdue: boolean;
      }>(
        `SELECT id, due_on::text AS "dueOn", status, outcome, done_at AS "doneAt", (status = 'planned' AND due_on < $2::date) AS overdue
           FROM help_visits WHERE request_id = $1 ORDER BY due_on, id`,
        [requestId, today],
      );
    },

    async listVisits(
      unionId: number,
      today: string,
      scope: 'due' | 'planned' | 'done',
    ): Promise<Static<typeof VisitListItem>[]> {
      const where = {
        // Due: today or earlier, and what falls in the coming week, so a visit can be arranged ahead.
        due: `v.status = 'planned' AND v.due_on <= $1::date + 7`,
        planned: `v.status = 'planned'`,
        done: `v.status = 'done'`,
      }[scope];
      return db.query(
        `SELECT v.id, v.due_on::text AS "dueOn", v.status, v.outcome, v.done_at AS "doneAt",
                (v.status = 'planned' AND v.due_on < $1::date) AS overdue,
                r.id AS "requestId", r.title AS "requestTitle", h.name AS "handlerName",
                CASE WHEN r.anonymous THEN NULL ELSE m.name END AS "memberName"
           FROM help_visits v JOIN help_requests r ON r.id = v.request_id JOIN members m ON m.id = r.member_id
           LEFT JOIN members h ON h.id = r.handler_id
          WHERE r.union_id = $2 AND ${where}
          ORDER BY ${scope === 'done' ? 'v.done_at DESC' : 'v.due_on'}, v.id LIMIT 200`,
        [today, unionId],
      );
    },

    /** The planned visit with its case, locked; null when it is not this union's or not planned. */
    async lockPlannedVisit(unionId: number, id: number) {
      const [row] = await db.query<{ id: number; requestId: number; memberId: number; title: string; status: string }>(
        `SELECT v.id, v.request_id AS "requestId", r.member_id AS "memberId", r.title, v.status
           FROM help_visits v JOIN help_requests r ON r.id = v.request_id
          WHERE v.id = $2 AND r.union_id = $1 FOR UPDATE OF v`,
        [unionId, id],
      );
      return row ?? null;
    },

    async completeVisit(id: number, outcome: string, by: number, at: Date): Promise<void> {
      await db.query(`UPDATE help_visits SET status = 'done', outcome = $2, done_by = $3, done_at = $4 WHERE id = $1`, [
        id,
        outcome,
        by,
        at,
      ]);
    },
  };
}
