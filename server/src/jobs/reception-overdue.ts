import { now } from '../clock';
import type { Db } from '../db';
import { receptionMessages } from '../routes/reception';
import { localDate } from '../time/beijing';
import { receptionOverdueRepository } from './reception-overdue-repository';

/**
 * Flags each visit whose reply deadline has passed without a reply, once, to its receiver and the
 * union's chair. Safe with several instances: a row is claimed by the UPDATE that sets its flag
 * (SKIP LOCKED leaves rows another instance holds), and the message is written in that transaction.
 */
export async function flagOverdueReplies(db: Db, templates: Record<string, string>, at: Date = now()): Promise<number> {
  return db.transaction(async (tx) => {
    const repository = receptionOverdueRepository(tx);
    const lapsed = await repository.flagLapsed(at, localDate(at));
    if (lapsed.length === 0) return 0;
    const chairs = await repository.chairsOf([...new Set(lapsed.map((l) => l.unionId))]);
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
