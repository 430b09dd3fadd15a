import * as clock from '../clock';
import type { Queryable } from '../db';
import { addDays, atLocal, isoWeekday, localDate, parseClock as minutesOf } from '../time/beijing';
import {
  type DemoSession,
  type DemoVisit,
  PAST_VISITS,
  SCHOOL2_VISITS,
  WEEKLY,
  WEEKS_AHEAD,
  WEEKS_BACK,
} from './demo-reception-visits';

async function memberId(db: Queryable, staffNo: string): Promise<number> {
  const [row] = await db.query<{ id: number }>(`SELECT id FROM members WHERE staff_no = $1`, [staffNo]);
  if (!row) throw new Error(`demo member ${staffNo} is missing`);
  return row.id;
}

async function insertSession(
  db: Queryable,
  s: Omit<DemoSession, 'id'> & { seriesId: number | null; endsAt: Date; receiverId: number },
): Promise<DemoSession> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO reception_sessions (union_id, series_id, session_date, starts_at, ends_at, slot_minutes, place, receiver_id, receiver_role, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'chair', $8) RETURNING id`,
    [s.unionId, s.seriesId, s.date, s.startsAt, s.endsAt, s.slotMinutes, WEEKLY.place, s.receiverId],
  );
  return { id: row!.id, unionId: s.unionId, date: s.date, startsAt: s.startsAt, slotMinutes: s.slotMinutes };
}

/** Writes one visit as it would stand after the routes took it from booking to its rating. */
async function insertVisit(db: Queryable, session: DemoSession, receiverId: number, v: DemoVisit, now: Date) {
  const slotStart = new Date(session.startsAt.getTime() + v.slot * session.slotMinutes * 60_000);
  const slotEnd = new Date(slotStart.getTime() + session.slotMinutes * 60_000);
  const later = (minutes: number) => new Date(slotStart.getTime() + minutes * 60_000);
  // Nothing is answered in the future: a reply "after 9 days" of a visit 3 days ago came an hour ago.
  const notAfterNow = (instant: Date) => new Date(Math.min(instant.getTime(), now.getTime() - 60 * 60_000));
  const arrived = v.outcome === 'arrived';
  const repliedAt =
    v.reply && v.repliedAfterDays !== undefined
      ? notAfterNow(atLocal(addDays(session.date, v.repliedAfterDays), minutesOf('16:30')))
      : null;
  await db.query(
    `INSERT INTO reception_appointments
       (session_id, union_id, member_id, slot_start, slot_end, topic, description, confidential, status, attendance_at,
        raised, registered_at, registered_by, help_case_requested, help_case_note, assignee, assigned_at, assigned_by, due_on,
        reply, replied_at, replied_by, rating, rated_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $13, $18, $19, $20, $13, $21, $22, $23, $23)`,
    [
      session.id,
      session.unionId,
      await memberId(db, v.staffNo),
      slotStart,
      slotEnd,
      v.topic,
      v.description,
      v.confidential ?? false,
      v.outcome,
      v.outcome === 'booked' ? null : later(5),
      v.raised ?? null,
      v.raised ? later(15) : null,
      receiverId,
      Boolean(v.helpCase),
      v.helpCase ?? null,
      v.assignee ?? null,
      v.assignee ? later(20) : null,
      arrived ? addDays(session.date, 7) : null,
      v.reply ?? null,
      repliedAt,
      v.rating ?? null,
      v.rating && repliedAt ? notAfterNow(new Date(repliedAt.getTime() + 86_400_000)) : null,
      new Date(slotStart.getTime() - 2 * 86_400_000),
    ],
  );
}

/**
 * 工会主席接待日 demo: each school's chair receives every Wednesday 14:00–17:00 in 20-minute slots at
 * 工会办公室, four weeks back and twelve ahead; past visits carry replies and ratings so the monthly
 * summary has figures. 新城区实验小学工会 also holds a session today around the current time, so
 * that 王建国 sees 今日接待 with one visit done and members can still book a slot later today.
 */
export async function seedReceptionDemo(db: Queryable, now = clock.now()): Promise<void> {
  const today = localDate(now);
  const lastWednesday = addDays(today, -((isoWeekday(today) - WEEKLY.weekday + 7) % 7 || 7));
  const schools = await db.query<{ id: number; chairId: number }>(
    `SELECT u.id, (SELECT member_id FROM member_roles r WHERE r.union_id = u.id AND r.role = 'chair' ORDER BY member_id LIMIT 1) AS "chairId"
       FROM unions u WHERE u.kind = 'school' ORDER BY u.id`,
  );
  for (const [index, school] of schools.entries()) {
    const first = addDays(lastWednesday, -7 * (WEEKS_BACK - 1));
    const last = addDays(lastWednesday, 7 * WEEKS_AHEAD);
    const [series] = await db.query<{ id: number }>(
      `INSERT INTO reception_series (union_id, weekday, starts_on, ends_on, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [school.id, WEEKLY.weekday, first, last, school.chairId],
    );
    const past: DemoSession[] = [];
    for (let date = first; date <= last; date = addDays(date, 7)) {
      // Today's own session (below) stands in for a Wednesday that falls today.
      if (index === 0 && date === today) continue;
      const session = await insertSession(db, {
        unionId: school.id,
        seriesId: series!.id,
        date,
        receiverId: school.chairId,
        slotMinutes: WEEKLY.slotMinutes,
        startsAt: atLocal(date, minutesOf(WEEKLY.start)),
        endsAt: atLocal(date, minutesOf(WEEKLY.end)),
      });
      if (date <= lastWednesday) past.unshift(session);
    }
    const visits = index === 0 ? PAST_VISITS : SCHOOL2_VISITS;
    for (const [week, weekVisits] of visits.entries()) {
      for (const visit of weekVisits) if (past[week]) await insertVisit(db, past[week], school.chairId, visit, now);
    }
  }
  await seedToday(db, schools[0]!, now);
}

async function seedToday(db: Queryable, school: { id: number; chairId: number }, now: Date) {
  const today = localDate(now);
  const minute = Math.floor((now.getTime() - atLocal(today, 0).getTime()) / 60_000);
  const start = Math.max(0, Math.floor(minute / 20) * 20 - 60);
  const end = Math.min(24 * 60, start + 4 * 60);
  const session = await insertSession(db, {
    unionId: school.id,
    seriesId: null,
    date: today,
    receiverId: school.chairId,
    slotMinutes: 20,
    startsAt: atLocal(today, start),
    endsAt: atLocal(today, end),
  });
  if (minute - start >= 20) {
    await insertVisit(
      db,
      session,
      school.chairId,
      {
        staffNo: 'S1006',
        slot: 0,
        topic: 'work',
        description: '教研组活动时间与课表冲突',
        outcome: 'arrived',
        raised: '周三下午教研活动与两节课冲突，希望调课',
      },
      now,
    );
  }
  // Slots not yet over: leave most of them free for members to book.
  const future = Array.from({ length: (end - start) / 20 }, (_, slot) => slot).filter(
    (slot) => start + (slot + 1) * 20 > minute,
  );
  if (future.length >= 3) {
    await insertVisit(
      db,
      session,
      school.chairId,
      {
        staffNo: 'S1007',
        slot: future[1]!,
        topic: 'life',
        description: '子女入学咨询：教职工子女能否就近入学',
        outcome: 'booked',
      },
      now,
    );
  }
  if (future.length >= 5) {
    await insertVisit(
      db,
      session,
      school.chairId,
      {
        staffNo: 'S1009',
        slot: future.at(-1)!,
        topic: 'rights',
        description: '合同续签的事想单独谈谈',
        confidential: true,
        outcome: 'booked',
      },
      now,
    );
  }
}
