import { today as beijingToday } from '../clock';
import type { Db } from '../db';
import { OFFICER_ROLES } from '../policy';
import { addDays, formatDate } from '../time/beijing';
import { SPRING_FESTIVAL } from '../routes/care';
import { notify } from '../services/notify';
import { careRemindersRepository } from './care-reminders-repository';

export const HARDSHIP_LINK = '/packages/care/pages/hardship/index';
/** How many days ahead of the festival staff are reminded: time to plan the visits. */
export const LEAD_DAYS = 14;

interface Occasion {
  key: string;
  name: string;
  date: string;
}

/** 教师节 and 春节 whose reminder window (LEAD_DAYS before, up to the day) contains `today`. */
export function occasionsDue(today: string): Occasion[] {
  const year = Number(today.slice(0, 4));
  const candidates: Occasion[] = [];
  for (const y of [year, year + 1]) {
    candidates.push({ key: `${y}-teachers-day`, name: '教师节', date: `${y}-09-10` });
    if (SPRING_FESTIVAL[y]) candidates.push({ key: `${y}-spring-festival`, name: '春节', date: SPRING_FESTIVAL[y]! });
  }
  return candidates.filter((o) => addDays(o.date, -LEAD_DAYS) <= today && today <= o.date);
}

/**
 * Before 教师节 and 春节, tells each union's staff and chair how many 困难职工 they have listed (and
 * how many are due for review), so that festival care reaches them. Several instances are safe:
 * the reminder row is claimed by the INSERT, in the transaction that writes the messages.
 */
export function createCareReminders(options: { db: Db; templates: Record<string, string> }) {
  async function runOnce(): Promise<number> {
    const today = beijingToday();
    let sent = 0;
    for (const occasion of occasionsDue(today)) {
      sent += await options.db.transaction(async (tx) => {
        const repository = careRemindersRepository(tx);
        const unions = await repository.claimUnions(occasion.key, today);
        for (const u of unions) {
          const officers = await repository.activeOfficers(u.unionId, OFFICER_ROLES);
          for (const officer of officers) {
            await notify(tx, options.templates, {
              memberId: officer.id,
              kind: 'care',
              title: `${occasion.name}慰问提醒：困难职工 ${u.flagged} 人`,
              body: `${formatDate(occasion.date)}是${occasion.name}，请安排对困难职工的节日慰问。${u.due ? `其中 ${u.due} 人已到复核日期，请同时核实情况。` : ''}`,
              link: HARDSHIP_LINK,
            });
          }
        }
        return unions.length;
      });
    }
    return sent;
  }
  return { runOnce };
}
