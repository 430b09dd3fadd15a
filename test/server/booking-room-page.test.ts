import { addDays } from '../../server/src/time/beijing';
import {
  at,
  book,
  bookingSuite,
  createRoom,
  type Headers,
  memberWithHeaders,
  MONDAY,
  standAt,
} from './booking-fixtures';

const ctx = bookingSuite();

const member = () => memberWithHeaders(ctx.t.app, ctx.t.db, ctx.tree.schoolId);
const availability = (roomId: number, headers: Headers, date?: string) =>
  ctx.t.app.inject({
    method: 'GET',
    url: `/api/booking/rooms/${roomId}/availability${date ? `?date=${date}` : ''}`,
    headers,
  });

describe('the room page: rules and the member’s own quota use', () => {
  it('shows the room’s rules beside the slots', async () => {
    const room = await createRoom(ctx.t.app, ctx.staff, {
      name: '羽毛球场',
      mode: 'whole',
      windowDays: 7,
      releaseTime: '08:00',
      cancelCutoffMinutes: 120,
      requiresApproval: true,
      checkInBeforeMinutes: 10,
      quotaPerWeek: 2,
      openingHours: [{ weekday: 5, opens: '16:30', closes: '20:30' }],
    });
    const response = await availability(room.id, (await member()).headers);
    expect(response.statusCode).toBe(200);
    expect(response.json().rules).toEqual({
      openingHours: [{ weekday: 5, opens: '16:30', closes: '20:30' }],
      windowDays: 7,
      releaseTime: '08:00',
      cancelCutoffMinutes: 120,
      quotaPerDay: null,
      quotaPerWeek: 2,
      quotaUpcoming: null,
      requiresApproval: true,
      checkInBeforeMinutes: 10,
      checkInAfterMinutes: 15,
    });
  });

  it('counts the member’s bookings of the day, the week and those not yet used, as the booking rules do', async () => {
    const room = await createRoom(ctx.t.app, ctx.staff, {
      quotaPerDay: 1,
      quotaPerWeek: 3,
      quotaUpcoming: 2,
      windowDays: 14,
    });
    const m = await member();
    const wednesday = addDays(MONDAY, 2);
    const thursday = addDays(MONDAY, 3);
    const nextMonday = addDays(MONDAY, 7);
    // Earlier today, used: counts for the day and the week, not as upcoming.
    standAt(MONDAY, '08:30');
    expect((await book(ctx.t.app, m.headers, room.id, at(MONDAY, '09:00'))).statusCode).toBe(201);
    standAt(MONDAY, '10:30');
    expect((await book(ctx.t.app, m.headers, room.id, at(wednesday, '18:00'))).statusCode).toBe(201);
    const cancelled = (await book(ctx.t.app, m.headers, room.id, at(thursday, '18:00'))).json();
    await ctx.t.app.inject({
      method: 'POST',
      url: `/api/booking/bookings/${cancelled.id}/cancel`,
      headers: m.headers,
      payload: {},
    });

    const week = (await availability(room.id, m.headers, wednesday)).json().quota;
    expect(week).toEqual({
      date: wednesday,
      weekStart: MONDAY,
      weekEnd: addDays(MONDAY, 6),
      perDay: { used: 1, limit: 1 },
      perWeek: { used: 2, limit: 3 },
      upcoming: { used: 1, limit: 2 },
    });
    const refused = await book(ctx.t.app, m.headers, room.id, at(wednesday, '19:00'));
    expect([refused.statusCode, refused.json().message]).toEqual([409, '超出每天可预约次数（每天 1 次）']);

    expect((await availability(room.id, m.headers, nextMonday)).json().quota).toMatchObject({
      date: nextMonday,
      weekStart: nextMonday,
      perDay: { used: 0, limit: 1 },
      perWeek: { used: 0, limit: 3 },
      upcoming: { used: 1, limit: 2 },
    });
    // Another member's page counts only their own.
    expect((await availability(room.id, (await member()).headers, wednesday)).json().quota).toMatchObject({
      perWeek: { used: 0 },
      upcoming: { used: 0 },
    });
  });

  it('says nothing about quotas for a room without any', async () => {
    const room = await createRoom(ctx.t.app, ctx.staff, { name: '职工书屋' });
    expect((await availability(room.id, (await member()).headers)).json().quota).toBeNull();
  });
});

describe('the slot grid of one day', () => {
  it('gives each slot its start, what is left and its state, and the booking id only on the member’s own', async () => {
    const room = await createRoom(ctx.t.app, ctx.staff, {
      name: '健身房',
      mode: 'whole',
      slotMinutes: 60,
      openingHours: [{ weekday: 2, opens: '06:00', closes: '09:00' }],
    });
    const tuesday = addDays(MONDAY, 1);
    const m = await member();
    const booking = (await book(ctx.t.app, m.headers, room.id, at(tuesday, '08:00'))).json();

    const grid = (await availability(room.id, m.headers, tuesday)).json();
    expect([grid.date, grid.note, grid.slotCapacity, grid.room.slotMinutes]).toEqual([tuesday, null, 1, 60]);
    expect(grid.slots).toEqual([
      { start: '06:00', remaining: 1, state: 'free' },
      { start: '07:00', remaining: 1, state: 'free' },
      { start: '08:00', remaining: 0, state: 'mine', myBookingId: booking.id },
    ]);
    // Another member sees the same slot as full, without anyone's booking id.
    expect((await availability(room.id, (await member()).headers, tuesday)).json().slots[2]).toEqual({
      start: '08:00',
      remaining: 0,
      state: 'full',
    });
    // The date and a slot's start, in Beijing time, are the instant to book.
    const next = await book(ctx.t.app, m.headers, room.id, new Date(`${tuesday}T${grid.slots[0].start}:00+08:00`));
    expect([next.statusCode, next.json().start, next.json().end]).toEqual([201, '06:00', '07:00']);
  });

  it('says once why a day cannot be booked, and counts the places of a seats room', async () => {
    const room = await createRoom(ctx.t.app, ctx.staff, {
      name: '瑜伽室',
      mode: 'seats',
      capacity: 12,
      openingHours: [{ weekday: 3, opens: '18:00', closes: '20:00' }],
    });
    const m = await member();
    const closedDay = (await availability(room.id, m.headers, addDays(MONDAY, 1))).json();
    expect([closedDay.note, closedDay.slotCapacity, closedDay.slots]).toEqual(['不开放', 12, []]);
    const open = (await availability(room.id, m.headers, addDays(MONDAY, 2))).json();
    expect([open.note, open.slots.map((s: { remaining: number }) => s.remaining)]).toEqual([null, [12, 12]]);
  });
});

describe('one managed room for the edit page', () => {
  it('gives staff a room with every rule, a stopped one too', async () => {
    const room = await createRoom(ctx.t.app, ctx.staff, { name: '棋牌室', quotaPerDay: 2 });
    await ctx.t.app.inject({ method: 'DELETE', url: `/api/booking/manage/rooms/${room.id}`, headers: ctx.staff });
    const response = await ctx.t.app.inject({
      method: 'GET',
      url: `/api/booking/manage/rooms/${room.id}`,
      headers: ctx.staff,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: room.id,
      name: '棋牌室',
      active: false,
      quotaPerDay: 2,
      code: room.code,
    });
    const m = await member();
    expect(
      (await ctx.t.app.inject({ method: 'GET', url: `/api/booking/rooms/${room.id}`, headers: m.headers })).statusCode,
    ).toBe(404);
  });

  it('is for staff of the room’s own union', async () => {
    const room = await createRoom(ctx.t.app, ctx.staff, { name: '茶艺室' });
    const plain = await ctx.t.app.inject({
      method: 'GET',
      url: `/api/booking/manage/rooms/${room.id}`,
      headers: (await member()).headers,
    });
    expect(plain.statusCode).toBe(403);
    const outsider = await memberWithHeaders(ctx.t.app, ctx.t.db, ctx.tree.otherSchoolId, { roles: ['staff'] });
    const foreign = await ctx.t.app.inject({
      method: 'GET',
      url: `/api/booking/manage/rooms/${room.id}`,
      headers: outsider.headers,
    });
    expect([foreign.statusCode, foreign.json().message]).toEqual([404, '场地不存在']);
  });
});
