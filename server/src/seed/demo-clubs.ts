import { now } from '../clock';
import type { Queryable } from '../db';
import { isoWeekday, localDate, roomRepository } from '../routes/booking';
import { reserveRoom, roomForEvent } from '../routes/clubs';
import { CLUBS, type DemoEvent } from './demo-clubs-data';

const SCHOOL = '新城区实验小学工会';
const DAY_MS = 86_400_000;

/** An instant `days` from today at `hour` (16.5 is 16:30) Beijing time. */
function beijing(days: number, hour: number): Date {
  const local = new Date(Date.now() + 8 * 3_600_000 + days * DAY_MS);
  return new Date(
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 0, Math.round(hour * 60) - 8 * 60),
  );
}

/** The event's start: in 15 minutes (rounded to 5) for `hour: -1`, else `days` ahead, moved on to a weekday the room is open. */
async function startOf(tx: Queryable, event: DemoEvent, room: { id: number; unionId: number } | null): Promise<Date> {
  if (event.hour < 0) return new Date(Math.ceil((Date.now() + 15 * 60_000) / 300_000) * 300_000);
  for (let days = event.days; room && days < event.days + 60; days += 1) {
    const startsAt = beijing(days, event.hour);
    const date = localDate(startsAt);
    const [closed] = await tx.query(
      `SELECT 1 FROM room_closures WHERE union_id = $1 AND (room_id IS NULL OR room_id = $2) AND $3::date BETWEEN starts_on AND ends_on`,
      [room.unionId, room.id, date],
    );
    if (isoWeekday(date) <= 5 && !closed) return startsAt;
  }
  return beijing(event.days, event.hour);
}

export async function seedDemoClubs(tx: Queryable): Promise<void> {
  const [school] = await tx.query<{ id: number }>(`SELECT id FROM unions WHERE name = $1`, [SCHOOL]);
  if (!school) return;
  const people = await tx.query<{ id: number; staffNo: string }>(
    `SELECT id, staff_no AS "staffNo" FROM members WHERE union_id = $1`,
    [school.id],
  );
  const idOf = new Map(people.map((p) => [p.staffNo, p.id]));
  const id = (staffNo: string) => idOf.get(staffNo)!;

  for (const club of CLUBS) {
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO clubs (union_id, name, category, intro, join_policy, member_cap, members_visible) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        school.id,
        club.name,
        club.category,
        club.intro,
        club.joinPolicy,
        club.memberCap ?? null,
        club.membersVisible ?? true,
      ],
    );
    const clubId = row!.id;
    for (const staffNo of club.leaders)
      await tx.query(`INSERT INTO club_members (club_id, member_id, role) VALUES ($1, $2, 'leader')`, [
        clubId,
        id(staffNo),
      ]);
    for (const staffNo of club.members)
      await tx.query(`INSERT INTO club_members (club_id, member_id) VALUES ($1, $2)`, [clubId, id(staffNo)]);
    for (const [staffNo, reason] of club.applicants ?? []) {
      await tx.query(`INSERT INTO club_applications (club_id, member_id, reason) VALUES ($1, $2, $3)`, [
        clubId,
        id(staffNo),
        reason,
      ]);
    }
    await tx.query(`INSERT INTO club_announcements (club_id, author_id, body) VALUES ($1, $2, $3)`, [
      clubId,
      id(club.leaders[0]!),
      club.announcement,
    ]);
    for (const event of club.events) {
      const roomRow = event.room
        ? ((await roomRepository(tx).list(school.id)).find((r) => r.name === event.room) ?? null)
        : null;
      const startsAt = await startOf(tx, event, roomRow);
      const endsAt = new Date(startsAt.getTime() + event.hours * 3_600_000);
      const [created] = await tx.query<{ id: number }>(
        `INSERT INTO club_events (club_id, title, description, place, room_id, starts_at, ends_at, capacity, signup_deadline, audience, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          clubId,
          event.title,
          event.description,
          event.place,
          roomRow?.id ?? null,
          startsAt,
          endsAt,
          event.capacity,
          new Date(startsAt.getTime() - 3_600_000),
          event.audience,
          id(club.leaders[0]!),
        ],
      );
      if (roomRow) {
        const room = await roomForEvent(tx, school.id, roomRow.id, event.capacity);
        const leaderId = id(club.leaders[0]!);
        await reserveRoom(tx, room, {
          unionId: school.id,
          leaderId,
          eventId: created!.id,
          title: `${club.name}：${event.title}`,
          startsAt,
          endsAt,
          capacity: event.capacity,
          now: now(),
        });
      }
      for (const [index, staffNo] of (event.signUps ?? []).entries()) {
        await tx.query(`INSERT INTO club_event_signups (event_id, member_id, status) VALUES ($1, $2, $3)`, [
          created!.id,
          id(staffNo),
          index < event.capacity ? 'confirmed' : 'waitlisted',
        ]);
      }
    }
  }
}
