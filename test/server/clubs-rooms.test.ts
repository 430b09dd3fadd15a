import { addDays, formatDate, localDate } from '../../server/src/time/beijing';
import type { createUnionTree } from '../support/factories';
import type { TestApp } from '../support/test-app';
import { at, book, createRoom, EVERY_DAY } from './booking-fixtures';
import { type api, clubsApp, type Headers, type Person, person } from './clubs-fixtures';

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnionTree>>;
let staff: Person;
let leader: Person;
let c: ReturnType<typeof api>;
let court: { id: number; name: string };

// Days inside the room's 7-day window, so that its availability can be read without moving the clock.
const today = localDate(new Date());
const DAY = addDays(today, 3);
const CLOSED_DAY = addDays(today, 4);

beforeAll(async () => {
  ({ t, tree, c, staff, leader } = await clubsApp());
  court = await createRoom(t.app, staff.headers, {
    name: '羽毛球场',
    location: '体育馆一楼',
    mode: 'whole',
    capacity: 8,
    openingHours: EVERY_DAY,
  });
});
afterAll(() => t.close());

function eventBody(date: string, from: string, to: string, extra: object = {}) {
  return {
    title: '羽毛球友谊赛',
    startsAt: at(date, from).toISOString(),
    endsAt: at(date, to).toISOString(),
    signupDeadline: at(date, '08:00').toISOString(),
    capacity: 8,
    audience: 'union',
    roomId: court.id,
    ...extra,
  };
}
const createEvent = (who: Headers, clubId: number, body: object) =>
  c.call('POST', `/api/clubs/${clubId}/events`, who, body);

/** What the booking tables hold for the court on a date, and what the club tables hold for a club. */
async function written(clubId: number, date: string) {
  const bookings = await t.db.query<{ start: string; status: string; source: string; memberId: number }>(
    `SELECT to_char(starts_at AT TIME ZONE 'Asia/Shanghai', 'HH24:MI') AS start, status, source, member_id AS "memberId"
       FROM bookings WHERE room_id = $1 AND slot_date = $2::date ORDER BY starts_at, id`,
    [court.id, date],
  );
  const [events] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM club_events WHERE club_id = $1`, [
    clubId,
  ]);
  const [series] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM booking_series WHERE room_id = $1`, [
    court.id,
  ]);
  return { bookings, events: events!.n, series: series!.n };
}

async function slotStates(date: string, who: Headers) {
  const response = await c.call('GET', `/api/booking/rooms/${court.id}/availability?date=${date}`, who);
  expect(response.statusCode).toBe(200);
  return Object.fromEntries(
    response.json<{ slots: { start: string; state: string }[] }>().slots.map((s) => [s.start, s.state]),
  );
}

describe(`club events reserve a room through the booking rules (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('reserves every slot of the event for the leader, and the room then shows them as taken', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { name: '羽毛球' });
    const response = await createEvent(leader.headers, club.id, eventBody(DAY, '10:00', '12:00'));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      place: '羽毛球场 · 体育馆一楼',
      roomId: court.id,
      room: { id: court.id, name: '羽毛球场', released: false },
    });

    const state = await written(club.id, DAY);
    expect(state.bookings).toEqual([
      { start: '10:00', status: 'confirmed', source: 'series', memberId: leader.id },
      { start: '11:00', status: 'confirmed', source: 'series', memberId: leader.id },
    ]);
    const member = await person(t.app, t.db, tree.schoolId);
    const slots = await slotStates(DAY, member.headers);
    expect([slots['09:00'], slots['10:00'], slots['11:00'], slots['12:00']]).toEqual(['free', 'full', 'full', 'free']);
    expect((await book(t.app, member.headers, court.id, at(DAY, '10:00'))).json().message).toBe('该时段已约满');
  });

  it('refuses an event whose room is already booked for one of its slots, naming the slot, and writes nothing', async () => {
    const club = await c.createClub(staff.headers, [leader.id]);
    const member = await person(t.app, t.db, tree.schoolId);
    expect((await book(t.app, member.headers, court.id, at(DAY, '15:00'))).statusCode).toBe(201);
    const before = await written(club.id, DAY);

    const response = await createEvent(leader.headers, club.id, eventBody(DAY, '14:00', '16:00'));
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe(
      `活动室预约未成功：羽毛球场 ${formatDate(DAY)} 15:00–16:00，该时段活动室已被预约`,
    );
    expect(await written(club.id, DAY)).toEqual(before);
  });

  it('refuses an event on a day the room is closed, with the closure’s reason, and writes nothing', async () => {
    const club = await c.createClub(staff.headers, [leader.id]);
    const closure = await c.call('POST', '/api/booking/manage/closures', staff.headers, {
      roomId: court.id,
      startsOn: CLOSED_DAY,
      endsOn: CLOSED_DAY,
      reason: '地板维修',
    });
    expect(closure.statusCode).toBe(201);
    const before = await written(club.id, CLOSED_DAY);

    const response = await createEvent(leader.headers, club.id, eventBody(CLOSED_DAY, '10:00', '11:00'));
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe(
      `活动室预约未成功：羽毛球场 ${formatDate(CLOSED_DAY)} 10:00–11:00，闭馆：地板维修`,
    );
    expect(await written(club.id, CLOSED_DAY)).toEqual(before);
  });

  it('refuses times outside the room’s slots or opening hours, and more people than the room holds', async () => {
    const club = await c.createClub(staff.headers, [leader.id]);
    const uneven = await createEvent(leader.headers, club.id, eventBody(DAY, '18:00', '19:30'));
    expect(uneven.statusCode).toBe(400);
    expect(uneven.json().message).toBe('羽毛球场每 1 小时为一个时段，活动时长须是它的整数倍');
    const late = await createEvent(leader.headers, club.id, eventBody(DAY, '21:00', '23:00'));
    expect(late.statusCode).toBe(400);
    expect(late.json().message).toMatch(/^羽毛球场周. 21:00 起没有连续 2 个时段$/);
    const crowd = await createEvent(leader.headers, club.id, eventBody(DAY, '18:00', '19:00', { capacity: 20 }));
    expect(crowd.statusCode).toBe(400);
    expect(crowd.json().message).toBe('羽毛球场最多容纳 8 人，请把名额改为 8 人以内，或换一间活动室');
    expect((await written(club.id, DAY)).events).toBe(0);
  });

  it('gives a slot to one of two clubs creating events for it at the same moment', async () => {
    const otherLeader = await person(t.app, t.db, tree.schoolId);
    const clubs = [await c.createClub(staff.headers, [leader.id]), await c.createClub(staff.headers, [otherLeader.id])];
    const responses = await Promise.all([
      createEvent(leader.headers, clubs[0]!.id, eventBody(DAY, '19:00', '20:00')),
      createEvent(otherLeader.headers, clubs[1]!.id, eventBody(DAY, '19:00', '20:00')),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const held = (await written(clubs[0]!.id, DAY)).bookings.filter(
      (b) => b.start === '19:00' && b.status === 'confirmed',
    );
    expect(held).toHaveLength(1);
  });

  it('releases the room and tells those signed up when the leader cancels the event', async () => {
    const club = await c.createClub(staff.headers, [leader.id], { name: '羽毛球队' });
    const event = (
      await createEvent(leader.headers, club.id, eventBody(DAY, '16:00', '18:00', { title: '周四训练' }))
    ).json<{ id: number }>();
    const member = await person(t.app, t.db, tree.schoolId);
    expect((await c.signUp(member.headers, event.id)).statusCode).toBe(200);

    const refused = await c.call('POST', `/api/clubs/events/${event.id}/cancel`, member.headers, {});
    expect(refused.statusCode).toBe(403);
    const cancelled = await c.call('POST', `/api/clubs/events/${event.id}/cancel`, leader.headers, {
      reason: '场地另有安排',
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ cancelled: true, room: { released: false } });

    const slots = await slotStates(DAY, member.headers);
    expect([slots['16:00'], slots['17:00']]).toEqual(['free', 'free']);
    const [series] = await t.db.query<{ cancelled: boolean }>(
      `SELECT s.cancelled_at IS NOT NULL AS cancelled FROM club_event_bookings x JOIN booking_series s ON s.id = x.series_id WHERE x.event_id = $1`,
      [event.id],
    );
    expect(series).toEqual({ cancelled: true });
    const told = await t.db.query<{ title: string; body: string }>(
      `SELECT title, body FROM notifications WHERE member_id = $1 AND kind = 'clubs'`,
      [member.id],
    );
    expect(told).toEqual([{ title: '活动取消：周四训练', body: expect.stringContaining('原因：场地另有安排') }]);
    expect((await c.call('POST', `/api/clubs/events/${event.id}/cancel`, leader.headers, {})).json().message).toBe(
      '活动已取消',
    );
  });

  it('shows the leader when staff cancel the room behind the event', async () => {
    const club = await c.createClub(staff.headers, [leader.id]);
    const event = (await createEvent(leader.headers, club.id, eventBody(DAY, '20:00', '21:00'))).json<{ id: number }>();
    const [link] = await t.db.query<{ seriesId: number }>(
      `SELECT series_id AS "seriesId" FROM club_event_bookings WHERE event_id = $1`,
      [event.id],
    );
    expect((await c.call('DELETE', `/api/booking/manage/series/${link!.seriesId}`, staff.headers)).statusCode).toBe(
      200,
    );
    expect((await c.call('GET', `/api/clubs/events/${event.id}`, leader.headers)).json().room).toMatchObject({
      released: true,
    });
  });
});
