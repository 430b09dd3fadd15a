import { now as clock } from '../clock';
import type { Db } from '../db';
import { formatInstant } from '../routes/booking';
import { EVENT_LINK } from '../routes/clubs';
import { notify } from '../services/notify';
import { clubRemindersRepository } from './club-reminders-repository';

export interface ClubRemindersOptions {
  db: Db;
  templates: Record<string, string>;
  batchSize?: number;
  /** How long before the start a confirmed sign-up is reminded. */
  leadMinutes?: number;
}

/**
 * Reminds everyone with a confirmed place shortly before a club event starts. Safe with several
 * instances: sign-ups are claimed with FOR UPDATE SKIP LOCKED and marked `reminded_at` by the same
 * statement, in the transaction that writes the message, so each member is reminded once. Someone
 * who signed up (or moved up from the waitlist) within the lead time has just been told and is left out.
 */
export function createClubReminders(options: ClubRemindersOptions) {
  const { db, templates } = options;
  const batchSize = options.batchSize ?? 200;
  const leadMinutes = options.leadMinutes ?? 120;

  async function runOnce(): Promise<number> {
    const now = clock();
    return db.transaction(async (tx) => {
      const due = await clubRemindersRepository(tx).markDue(now, batchSize, leadMinutes);
      for (const r of due) {
        await notify(tx, templates, {
          memberId: r.memberId,
          kind: 'clubs',
          title: `活动即将开始：${r.title}`,
          body: `${formatInstant(r.startsAt)}，${r.place}。到场后请扫负责人出示的签到码签到；不能参加请及时取消报名，把名额让给候补的老师。`,
          link: EVENT_LINK(r.eventId),
        });
      }
      return due.length;
    });
  }

  return { runOnce };
}
