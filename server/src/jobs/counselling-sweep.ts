import { now as clock } from '../clock';
import type { Queryable } from '../db';
import { anonymiseExpired, appointmentRepository, LINKS, MESSAGES, NOTIFY_KIND } from '../routes/counselling';
import { notify } from '../services/notify';
import { counsellingSweepRepository } from './counselling-sweep-repository';

/** Reminders go out this long before a confirmed session. */
export const REMIND_BEFORE_HOURS = 24;

/**
 * One pass of the counselling housekeeping. Safe with several API instances: every step is a
 * conditional UPDATE that only one instance can win for a given row, and the messages are written
 * in the same transaction as the row they are about.
 */
export async function sweepCounselling(
  db: { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> },
  templates: Record<string, string>,
  now: Date = clock(),
) {
  return db.transaction(async (tx) => {
    // Requests nobody confirmed before they began lapse; begun sessions stop counting as upcoming.
    const released = await appointmentRepository(tx).releasePast(null, now);
    for (const row of released.filter((r) => r.status === 'expired')) {
      await notify(tx, templates, {
        memberId: row.memberId,
        kind: NOTIFY_KIND,
        ...MESSAGES.memberUpdate,
        link: LINKS.member(row.id),
      });
    }

    const due = await counsellingSweepRepository(tx).markDueReminders(now, REMIND_BEFORE_HOURS);
    for (const row of due) {
      if (row.memberId !== null) {
        await notify(tx, templates, {
          memberId: row.memberId,
          kind: NOTIFY_KIND,
          ...MESSAGES.memberReminder,
          link: LINKS.member(row.id),
        });
      }
      await notify(tx, templates, {
        memberId: row.counsellorMemberId,
        kind: NOTIFY_KIND,
        ...MESSAGES.deskReminder,
        link: LINKS.desk(row.id),
      });
    }

    const anonymised = await anonymiseExpired(tx, now);
    return { expired: released.filter((r) => r.status === 'expired').length, reminded: due.length, anonymised };
  });
}
