import { now } from '../clock';
import type { Db } from '../db';
import { OFFICER_ROLES } from '../policy';
import { congressMessages } from '../routes/congress';
import { localDate } from '../time/beijing';

/**
 * Flags each accepted motion whose reply deadline has passed, once per round, to the union's staff
 * and chair. Safe with several instances: the UPDATE that sets the flag claims the row (SKIP LOCKED),
 * and the messages are written in the same transaction.
 */
export async function flagOverdueMotions(db: Db, templates: Record<string, string>, at: Date = now()): Promise<number> {
  return db.transaction(async (tx) => {
    const lapsed = await tx.query<{
      id: number;
      unionId: number;
      number: number;
      title: string;
      departmentName: string;
      dueOn: string;
    }>(
      `UPDATE congress_motions m SET overdue_flagged_at = $1
         FROM congress_departments d
        WHERE m.id IN (SELECT id FROM congress_motions WHERE status = 'accepted' AND due_on < $2::date AND overdue_flagged_at IS NULL
                        ORDER BY id LIMIT 200 FOR UPDATE SKIP LOCKED)
          AND d.id = m.department_id
        RETURNING m.id, m.union_id AS "unionId", m.number, m.title, d.name AS "departmentName", m.due_on AS "dueOn"`,
      [at, localDate(at)],
    );
    if (lapsed.length === 0) return 0;
    const officers = await tx.query<{ memberId: number; unionId: number }>(
      `SELECT DISTINCT member_id AS "memberId", union_id AS "unionId" FROM member_roles WHERE role = ANY($2::text[]) AND union_id = ANY($1::int[])`,
      [[...new Set(lapsed.map((m) => m.unionId))], OFFICER_ROLES],
    );
    const messages = congressMessages(tx, templates);
    for (const motion of lapsed) {
      for (const officer of officers.filter((o) => o.unionId === motion.unionId))
        await messages.overdue(officer.memberId, motion);
    }
    return lapsed.length;
  });
}
