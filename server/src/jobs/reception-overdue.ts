import { now } from '../clock';
import type { Db } from '../db';
import { receptionMessages } from '../routes/reception';
import { localDate } from '../time/beijing';

interface Lapsed {
  id: number;
  unionId: number;
  receiverId: number;
  memberName: string;
  slotStart: Date;
  dueOn: string;
}

/**
 * Flags each visit whose reply deadline has passed without a reply, once, to its receiver and the
 * union's chair. Safe with several instances: a row is claimed by the UPDATE that sets its flag
 * (SKIP LOCKED leaves rows another instance holds), and the message is written in that transaction.
 */
export async function flagOverdueReplies(db: Db, templates: Record<string, string>, at: Date = now()): Promise<number> {
  return db.transaction(async (tx) => {
    const lapsed = await tx.query<Lapsed>(
      `UPDATE reception_appointments a SET overdue_flagged_at = $1
         FROM reception_sessions s, members m
        WHERE a.id IN (SELECT id FROM reception_appointments
                        WHERE status = 'arrived' AND reply IS NULL AND due_on < $2::date AND overdue_flagged_at IS NULL
                        ORDER BY id LIMIT 200 FOR UPDATE SKIP LOCKED)
          AND s.id = a.session_id AND m.id = a.member_id
        RETURNING a.id, a.union_id AS "unionId", s.receiver_id AS "receiverId", m.name AS "memberName",
                  a.slot_start AS "slotStart", a.due_on AS "dueOn"`,
      [at, localDate(at)],
    );
    if (lapsed.length === 0) return 0;
    const chairs = await tx.query<{ memberId: number; unionId: number }>(
      `SELECT member_id AS "memberId", union_id AS "unionId" FROM member_roles WHERE role = 'chair' AND union_id = ANY($1::int[])`,
      [[...new Set(lapsed.map((l) => l.unionId))]],
    );
    const messages = receptionMessages(tx, templates);
    for (const visit of lapsed) {
      const officers = new Set([
        visit.receiverId,
        ...chairs.filter((c) => c.unionId === visit.unionId).map((c) => c.memberId),
      ]);
      for (const officerId of officers) await messages.overdue(officerId, visit);
    }
    return lapsed.length;
  });
}
