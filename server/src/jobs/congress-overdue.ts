import { now } from '../clock';
import type { Db } from '../db';
import { OFFICER_ROLES } from '../policy';
import { congressMessages } from '../routes/congress';
import { localDate } from '../time/beijing';
import { congressOverdueRepository } from './congress-overdue-repository';

/**
 * Flags each accepted motion whose reply deadline has passed, once per round, to the union's staff
 * and chair. Safe with several instances: the UPDATE that sets the flag claims the row (SKIP LOCKED),
 * and the messages are written in the same transaction.
 */
export async function flagOverdueMotions(db: Db, templates: Record<string, string>, at: Date = now()): Promise<number> {
  return db.transaction(async (tx) => {
    const repository = congressOverdueRepository(tx);
    const lapsed = await repository.flagLapsed(at, localDate(at));
    if (lapsed.length === 0) return 0;
    const officers = await repository.officersOf([...new Set(lapsed.map((m) => m.unionId))], OFFICER_ROLES);
    const messages = congressMessages(tx, templates);
    for (const motion of lapsed) {
      for (const officer of officers.filter((o) => o.unionId === motion.unionId))
        await messages.overdue(officer.memberId, motion);
    }
    return lapsed.length;
  });
}
