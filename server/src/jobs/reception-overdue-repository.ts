import type { Queryable } from '../db';

export interface LapsedVisit {
  id: number;
  unionId: number;
  receiverId: number;
  memberName: string;
  slotStart: Date;
  dueOn: string;
}

/** The reception overdue job's queries, by name. */
export function receptionOverdueRepository(tx: Queryable) {
  return {
    /**
     * Flags up to 200 visits not replied to by their due date (before `today`) and not flagged yet;
     * the UPDATE claims them (SKIP LOCKED), so each is flagged by one instance once.
     */
    flagLapsed(at: Date, today: string): Promise<LapsedVisit[]> {
      return tx.query<LapsedVisit>(
        `UPDATE reception_appointments a SET overdue_flagged_at = $1
           FROM reception_sessions s, members m
          WHERE a.id IN (SELECT id FROM reception_appointments
                          WHERE status = 'arrived' AND reply IS NULL AND due_on < $2::date AND overdue_flagged_at IS NULL
                          ORDER BY id LIMIT 200 FOR UPDATE SKIP LOCKED)
            AND s.id = a.session_id AND m.id = a.member_id
          RETURNING a.id, a.union_id AS "unionId", s.receiver_id AS "receiverId", m.name AS "memberName",
                    a.slot_start AS "slotStart", a.due_on AS "dueOn"`,
        [at, today],
      );
    },

    /** The chairs of each of the unions. */
    chairsOf(unionIds: number[]): Promise<{ memberId: number; unionId: number }[]> {
      return tx.query<{ memberId: number; unionId: number }>(
        `SELECT member_id AS "memberId", union_id AS "unionId" FROM member_roles WHERE role = 'chair' AND union_id = ANY($1::int[])`,
        [unionIds],
      );
    },
  };
}
