import type { Queryable } from '../db';

export interface LapsedMotion {
  id: number;
  unionId: number;
  number: number;
  title: string;
  departmentName: string;
  dueOn: string;
}

/** The congress overdue job's queries, by name. */
export function congressOverdueRepository(tx: Queryable) {
  return {
    /**
     * Flags up to 200 accepted motions whose reply was due before `today` and were not flagged yet;
     * the UPDATE claims them (SKIP LOCKED), so each is flagged by one instance once.
     */
    flagLapsed(at: Date, today: string): Promise<LapsedMotion[]> {
      return tx.query<LapsedMotion>(
        `UPDATE congress_motions m SET overdue_flagged_at = $1
           FROM congress_departments d
          WHERE m.id IN (SELECT id FROM congress_motions WHERE status = 'accepted' AND due_on < $2::date AND overdue_flagged_at IS NULL
                          ORDER BY id LIMIT 200 FOR UPDATE SKIP LOCKED)
            AND d.id = m.department_id
          RETURNING m.id, m.union_id AS "unionId", m.number, m.title, d.name AS "departmentName", m.due_on AS "dueOn"`,
        [at, today],
      );
    },

    /** Who holds one of `roles` in each of the unions. */
    officersOf(unionIds: number[], roles: readonly string[]): Promise<{ memberId: number; unionId: number }[]> {
      return tx.query<{ memberId: number; unionId: number }>(
        `SELECT DISTINCT member_id AS "memberId", union_id AS "unionId" FROM member_roles WHERE role = ANY($2::text[]) AND union_id = ANY($1::int[])`,
        [unionIds, roles],
      );
    },
  };
}
