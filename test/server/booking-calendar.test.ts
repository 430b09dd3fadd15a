import { setClock } from '../../server/src/routes/booking/clock';
import { addDays } from '../../server/src/routes/booking/time';
import { createUnionTree } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { at, book, createRoom, type Headers, memberWithHeaders, MONDAY, standAt } from './booking-fixtures';

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnionTree>>;
let staff: Headers;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createUnionTree(t.db);
  staff = (await memberWithHeaders(t.app, t.db, tree.schoolId, { roles: ['staff'] })).headers;
});
beforeEach(() => standAt(MONDAY, '10:30'));
afterAll(async () => {
  setClock(null);
  await t.close();
});

const member = () => memberWithHeaders(t.app, t.db, tree.schoolId);
const close = (payload: object) => t.app.inject({ method: 'POST', url: '/api/booking/manage/closures', headers: staff, payload });
const statuses = async (ids: number[]) =>
  (await t.db.query<{ status: string }>('SELECT status FROM bookings WHERE id = ANY($1) ORDER BY id', [ids])).map((r) => r.status);

describe('closures', () => {
  it('cancels the bookings inside a new closure, frees their places and tells each member why', async () => {
    const room = await createRoom(t.app, staff);
    const [a, b, c] = [await member(), await member(), await member()];
    const inside = [
      (await book(t.app, a.headers, room.id, at(addDays(MONDAY, 2), '18:00'))).json().id,
      (await book(t.app, b.headers, room.id, at(addDays(MONDAY, 3), '09:00'))).json().id,
    ];
    const outside = (await book(t.app, c.headers, room.id, at(addDays(MONDAY, 4), '18:00'))).json().id;

    const response = await close({ roomId: room.id, startsOn: addDays(MONDAY, 2), endsOn: addDays(MONDAY, 3), reason: '期末考试' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      cancelledBookings: 2,
      closure: { roomId: room.id, roomName: '乒乓球室', startsOn: addDays(MONDAY, 2), endsOn: addDays(MONDAY, 3), reason: '期末考试' },
    });
    expect(await statuses([...inside, outside])).toEqual(['cancelled', 'cancelled', 'confirmed']);
    const [counted] = await t.db.query<{ n: number }>('SELECT coalesce(sum(booked), 0)::int AS n FROM booking_slots WHERE room_id = $1', [room.id]);
    expect(counted!.n).toBe(1);
    const [message] = await t.db.query<{ title: string; body: string }>(`SELECT title, body FROM notifications WHERE member_id = $1 ORDER BY id DESC LIMIT 1`, [a.id]);
    expect(message).toEqual({ title: '预约已取消：乒乓球室', body: '3月6日 周三 18:00–19:00。原因：期末考试，暂停开放' });
    const mine = (await t.app.inject({ method: 'GET', url: '/api/booking/bookings?scope=past', headers: a.headers })).json();
    expect(mine.items[0]).toMatchObject({ status: 'cancelled', reason: '期末考试，暂停开放' });
  });

  it('closes every room of the union when no room is named, and leaves the other school alone', async () => {
    const gym = await createRoom(t.app, staff, { name: '健身房', capacity: 10 });
    const library = await createRoom(t.app, staff, { name: '职工书屋', capacity: 20 });
    const otherStaff = (await memberWithHeaders(t.app, t.db, tree.otherSchoolId, { roles: ['staff'] })).headers;
    const otherRoom = await createRoom(t.app, otherStaff);
    const m = await member();
    const outsider = await memberWithHeaders(t.app, t.db, tree.otherSchoolId);
    const ids = [
      (await book(t.app, m.headers, gym.id, at(addDays(MONDAY, 5), '09:00'))).json().id,
      (await book(t.app, m.headers, library.id, at(addDays(MONDAY, 5), '10:00'))).json().id,
      (await book(t.app, outsider.headers, otherRoom.id, at(addDays(MONDAY, 5), '10:00'))).json().id,
    ];
    const response = await close({ startsOn: addDays(MONDAY, 5), endsOn: addDays(MONDAY, 40), reason: '寒假' });
    expect(response.json()).toMatchObject({ cancelledBookings: 2, closure: { roomId: null, roomName: null } });
    expect(await statuses(ids)).toEqual(['cancelled', 'cancelled', 'confirmed']);
    const grid = (await t.app.inject({ method: 'GET', url: `/api/booking/rooms/${gym.id}/availability`, headers: m.headers })).json();
    expect(grid.dates.at(-1)).toMatchObject({ bookable: false, note: '寒假' });
    const list = (await t.app.inject({ method: 'GET', url: '/api/booking/manage/closures', headers: staff })).json();
    expect(list.items.map((c: { reason: string }) => c.reason)).toContain('寒假');
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/booking/manage/closures/${response.json().closure.id}`, headers: staff });
    expect(removed.statusCode).toBe(204);
  });

  it('refuses a closure that ends before it starts or has already ended', async () => {
    const bad = await close({ startsOn: addDays(MONDAY, 3), endsOn: addDays(MONDAY, 2), reason: '维修' });
    expect([bad.statusCode, bad.json().message]).toEqual([400, '结束日期不能早于开始日期']);
    const past = await close({ startsOn: addDays(MONDAY, -3), endsOn: addDays(MONDAY, -1), reason: '维修' });
    expect([past.statusCode, past.json().message]).toEqual([400, '结束日期已经过去']);
  });
});

describe('recurring bookings by staff', () => {
  it('books every week of the range, skips closures and reports each conflict with its reason', async () => {
    const court = await createRoom(t.app, staff, {
      name: '羽毛球场',
      mode: 'whole',
      capacity: 8,
      windowDays: 14,
      openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '16:00', closes: '21:00' })),
    });
    const taken = await member();
    const wednesday = addDays(MONDAY, 2);
    expect((await book(t.app, taken.headers, court.id, at(addDays(wednesday, 7), '18:00'))).statusCode).toBe(201);
    await close({ roomId: court.id, startsOn: addDays(wednesday, 14), endsOn: addDays(wednesday, 14), reason: '维修' });

    const response = await t.app.inject({
      method: 'POST',
      url: '/api/booking/manage/series',
      headers: staff,
      payload: { roomId: court.id, title: '羽毛球社训练', weekday: 3, start: '18:00', startsOn: MONDAY, endsOn: addDays(MONDAY, 27) },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.series).toMatchObject({ title: '羽毛球社训练', weekday: 3, start: '18:00', seats: 1, upcomingBookings: 2 });
    expect(body.booked.map((b: { date: string }) => b.date)).toEqual([wednesday, addDays(wednesday, 21)]);
    expect(body.conflicts).toEqual([
      { date: addDays(wednesday, 7), startsAt: at(addDays(wednesday, 7), '18:00').toISOString(), reason: '该时段已被预约' },
      { date: addDays(wednesday, 14), startsAt: at(addDays(wednesday, 14), '18:00').toISOString(), reason: '闭馆：维修' },
    ]);
    const grid = (await t.app.inject({ method: 'GET', url: `/api/booking/rooms/${court.id}/availability?date=${wednesday}`, headers: taken.headers })).json();
    expect(grid.slots.find((s: { start: string }) => s.start === '18:00').state).toBe('full');

    const cancelled = await t.app.inject({ method: 'DELETE', url: `/api/booking/manage/series/${body.series.id}`, headers: staff });
    expect(cancelled.json()).toEqual({ cancelledBookings: 2 });
    expect((await book(t.app, taken.headers, court.id, at(wednesday, '18:00'))).statusCode).toBe(201);
  });

  it('reports a day without that slot and a seats room without enough places', async () => {
    const gym = await createRoom(t.app, staff, {
      name: '健身房',
      capacity: 10,
      openingHours: [
        { weekday: 2, opens: '16:00', closes: '20:00' },
        { weekday: 2, opens: '08:00', closes: '10:00' },
      ],
    });
    for (let i = 0; i < 4; i += 1) await book(t.app, (await member()).headers, gym.id, at(addDays(MONDAY, 1), '17:00'));
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/booking/manage/series',
      headers: staff,
      payload: { roomId: gym.id, title: '瑜伽课', weekday: 2, start: '17:00', startsOn: MONDAY, endsOn: addDays(MONDAY, 8), seats: 8 },
    });
    expect(response.json().conflicts).toEqual([
      { date: addDays(MONDAY, 1), startsAt: at(addDays(MONDAY, 1), '17:00').toISOString(), reason: '该时段只剩 6 个位置，不足 8 个' },
    ]);
    expect(response.json().booked).toHaveLength(1);
    const noSlot = await t.app.inject({
      method: 'POST',
      url: '/api/booking/manage/series',
      headers: staff,
      payload: { roomId: gym.id, title: '晨练', weekday: 3, start: '07:00', startsOn: MONDAY, endsOn: addDays(MONDAY, 2) },
    });
    expect(noSlot.json().conflicts).toEqual([{ date: addDays(MONDAY, 2), startsAt: null, reason: '当天没有 07:00 开始的时段' }]);
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/booking/manage/series',
      headers: staff,
      payload: { roomId: gym.id, title: '晨练', weekday: 7, start: '08:00', startsOn: MONDAY, endsOn: addDays(MONDAY, 2) },
    });
    expect([none.statusCode, none.json().message]).toEqual([400, '所选日期范围内没有周日']);
  });
});
