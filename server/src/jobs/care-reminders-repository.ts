import type { Queryable } from '../db';

export interface UnionToRemind {
  unionId: number;
  flagged: number;
  due: number;
}

/** The care-reminder job's queries, by name. */
export function careRemindersRepository(tx: Queryable) {
  return {
    /**
     * Claims the reminder for `occasion` in every union that lists 困难职工 and has not had it yet
     * (the INSERT is the claim), with how many are listed and how many are due for review on `today`.
     */
    claimUnions(occasion: string, today: string): Promise<UnionToRemind[]> {
      return tx.query<UnionToRemind>(
        `WITH claimed AS (
           INSERT INTO care_reminders (union_id, occasion)
           SELECT DISTINCT union_id, $1 FROM hardship_members ON CONFLICT DO NOTHING RETURNING union_id)
         SELECT c.union_id AS "unionId", count(h.member_id)::int AS flagged, count(h.member_id) FILTER (WHERE h.review_on <= $2::date)::int AS due
           FROM claimed c JOIN hardship_members h ON h.union_id = c.union_id GROUP BY c.union_id`,
        [occasion, today],
      );
    },

    /** Active members holding one of `roles` in the union, by id. */
    activeOfficers(unionId: number, roles: readonly string[]): Promise<{ id: number }[]> {
      return tx.query<{ id: number }>(
        `SELECT DISTINCT r.member_id AS id FROM member_roles r JOIN members m ON m.id = r.member_id
          WHERE r.union_id = $1 AND r.role = ANY($2::text[]) AND m.status = 'active' ORDER BY 1`,
        [unionId, roles],
      );
    },
  };
}
