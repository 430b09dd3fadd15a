import { addDays } from '../../server/src/time/beijing';
import { at, book, bookingSuite, createRoom, memberWithHeaders, MONDAY } from './booking-fixtures';

const ctx = bookingSuite();

const member = () => memberWithHeaders(ctx.t.app, ctx.t.db, ctx.tree.schoolId);
const close = (payload: object) =>
  ctx.t.app.inject({ method: 'POST', url: '/api/booking/manage/closures', headers: ctx.staff, payload });
const statuses = async (ids: number[]) =>
  (await ctx.t.db.query<{ status: string }>('SELECT status FROM bookings WHERE id = ANY($1) ORDER BY id', [ids])).map(
    (r) => r.status,
  );

describe('closures', () => {
  it('cancels the bookings inside a new closure, frees their places and tells each member why', async () => {
    const room = await createRoom(ctx.t.app, ctx.staff);
    const [a, b, c] = [await member(), await member(), await member()];
    const inside = [
      (await book(ctx.t.app, a.headers, room.id, at(addDays(MONDAY, 2), '18:00'))).json().id,
      (await book(ctx.t.app, b.headers, room.id, at(addDays(MONDAY, 3), '09:00'))).json().id,
    ];
    const outside = (await book(ctx.t.app, c.headers, room.id, at(addDays(MONDAY, 4), '18:00'))).json().id;

    const response = await close({
      roomId: room.id,
      startsOn: addDays(MONDAY, 2),
      endsOn: addDays(MONDAY, 3),
      reason: '期末考试',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      cancelledBookings: 2,
      closure: {
        roomId: room.id,
        roomName: '乒乓球室',
        startsOn: addDays(MONDAY, 2),
        endsOn: addDays(MONDAY, 3),
        reason: '期末考试',
      },
    });
    expect(await statuses([...inside, outside])).toEqual(['cancelled', 'cancelled', 'confirmed']);
    const [counted] = await ctx.t.db.query<{ n: number }>(
      'SELECT coalesce(sum(booked), 0)::int AS n FROM booking_slots WHERE room_id = $1',
      [room.id],
    );
    expect(counted!.n).toBe(1);
    const [message] = await ctx.t.db.query<{ title: string; body: string }>(
      `SELECT title, body FROM notifications WHERE member_id = $1 ORDER BY id DESC LIMIT 1`,
      [a.id],
    );
    expect(message).toEqual({
      title: '预约已取消：乒乓球室',
      body: '3月6日 周三 18:00–19:00。原因：期末考试，暂停开放',
    });
    const mine = (
      await ctx.t.app.inject({ method: 'GET', url: '/api/booking/bookings?scope=past', headers: a.headers })
    ).json();
    expect(mine.items[0]).toMatchObject({ status: 'cancelled', reason: '期末考试，暂停开放' });
  });

  it('closes every room of the union when no room is named, and leaves the other school alone', async () => {
    const gym = await createRoom(ctx.t.app, ctx.staff, { name: '健身房', capacity: 10 });
    const library = await createRoom(ctx.t.app, ctx.staff, { name: '职工书屋', capacity: 20 });
    const otherStaff = (await memberWithHeaders(ctx.t.app, ctx.t.db, ctx.tree.otherSchoolId, { roles: ['staff'] }))
      .headers;
    const otherRoom = await createRoom(ctx.t.app, otherStaff);
    const m = await member();
    const outsider = await memberWithHeaders(ctx.t.app, ctx.t.db, ctx.tree.otherSchoolId);
    const ids = [
      (await book(ctx.t.app, m.headers, gym.id, at(addDays(MONDAY, 5), '09:00'))).json().id,
      (await book(ctx.t.app, m.headers, library.id, at(addDays(MONDAY, 5), '10:00'))).json().id,
      (await book(ctx.t.app, outsider.headers, otherRoom.id, at(addDays(MONDAY, 5), '10:00'))).json().id,
    ];
    const response = await close({ startsOn: addDays(MONDAY, 5), endsOn: addDays(MONDAY, 40), reason: '寒假' });
    expect(response.json()).toMatchObject({ cancelledBookings: 2, closure: { roomId: null, roomName: null } });
    expect(await statuses(ids)).toEqual(['cancelled', 'cancelled', 'confirmed']);
    const grid = (
      await ctx.t.app.inject({ method: 'GET', url: `/api/booking/rooms/${gym.id}/availability`, headers: m.headers })
    ).json();
    expect(grid.dates.at(-1)).toMatchObject({ bookable: false, note: '寒假' });
    const list = (
      await ctx.t.app.inject({ method: 'GET', url: '/api/booking/manage/closures', headers: ctx.staff })
    ).json();
    expect(list.items.map((c: { reason: string }) => c.reason)).toContain('寒假');
    const removed = await ctx.t.app.inject({
      method: 'DELETE',
      url: `/api/booking/manage/closures/${response.json().closure.id}`,
      headers: ctx.staff,
    });
    expect(removed.statusCode).toBe(204);
  });

  it('refuses a closure that ends before it starts or has already ended', async () => {
    const bad = await close({ startsOn: addDays(MONDAY, 3), endsOn: addDays(MONDAY, 2), reason: '维修' });
    expect([bad.statusCode, bad.json().message]).toEqual([400, '结束日期不能早于开始日期']);
    const past = await close({ startsOn: addDays(MONDAY, -3), endsOn: addDays(MONDAY, -1), reason: '维修' });
    expect([past.statusCode, past.json().message]).toEqual([400, '结束日期已经过去']);
  });
});
