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

const ctx = bookingSuite({ roles: ['staff'], name: '李秀梅' });

const TUESDAY = addDays(MONDAY, 1);
const THURSDAY = addDays(MONDAY, 3);
const WEEKDAY_EVENINGS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '16:00', closes: '21:00' }));

const member = (name?: string) => memberWithHeaders(ctx.t.app, ctx.t.db, ctx.tree.schoolId, name ? { name } : {});
const court = (overrides: Record<string, unknown> = {}) =>
  createRoom(ctx.t.app, ctx.staff, {
    name: '羽毛球场',
    mode: 'whole',
    capacity: 8,
    windowDays: 14,
    openingHours: WEEKDAY_EVENINGS,
    ...overrides,
  });
const createSeries = (payload: object, headers: Headers = ctx.staff) =>
  ctx.t.app.inject({ method: 'POST', url: '/api/booking/manage/series', headers, payload });
const listSeries = (query = '', headers: Headers = ctx.staff) =>
  ctx.t.app.inject({ method: 'GET', url: `/api/booking/manage/series${query}`, headers });
const cancelSeries = (id: number, headers: Headers = ctx.staff) =>
  ctx.t.app.inject({ method: 'DELETE', url: `/api/booking/manage/series/${id}`, headers });
const seriesRows = async (roomId: number) =>
  (
    await ctx.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM booking_series WHERE room_id = $1', [roomId])
  )[0]!.n;
const close = (roomId: number, date: string, reason: string) =>
  ctx.t.app.inject({
    method: 'POST',
    url: '/api/booking/manage/closures',
    headers: ctx.staff,
    payload: { roomId, startsOn: date, endsOn: date, reason },
  });

describe('creating a recurring booking', () => {
  it('books each chosen weekday and each back-to-back slot, skips closed days and names who holds each conflict', async () => {
    const room = await court();
    const zhang = await member('张丽华');
    expect((await book(ctx.t.app, zhang.headers, room.id, at(addDays(THURSDAY, 7), '19:00'))).statusCode).toBe(201);
    await close(room.id, addDays(TUESDAY, 14), '期末考试');

    const response = await createSeries({
      roomId: room.id,
      title: '羽毛球社训练',
      weekdays: [4, 2],
      start: '18:00',
      slots: 2,
      startsOn: MONDAY,
      endsOn: addDays(MONDAY, 20),
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.series).toMatchObject({
      roomId: room.id,
      roomName: '羽毛球场',
      title: '羽毛球社训练',
      weekdays: [2, 4],
      start: '18:00',
      end: '20:00',
      slots: 2,
      seats: 1,
      status: 'active',
      createdBy: { id: ctx.staffId, name: '李秀梅' },
      heldBookings: 9,
      upcomingBookings: 9,
      nextStartsAt: at(TUESDAY, '18:00').toISOString(),
      cancelledAt: null,
    });
    // Three Tuesdays and three Thursdays, two slots each: 12, less the closed Tuesday's two and 张丽华's one.
    expect(body.booked).toHaveLength(9);
    expect(body.booked[0]).toMatchObject({
      date: TUESDAY,
      start: '18:00',
      end: '19:00',
      startsAt: at(TUESDAY, '18:00').toISOString(),
    });
    expect(body.skipped).toEqual([
      {
        date: addDays(TUESDAY, 14),
        start: '18:00',
        end: '20:00',
        startsAt: at(addDays(TUESDAY, 14), '18:00').toISOString(),
        reason: '闭馆：期末考试',
      },
    ]);
    expect(body.conflicts).toEqual([
      {
        date: addDays(THURSDAY, 7),
        start: '19:00',
        end: '20:00',
        startsAt: at(addDays(THURSDAY, 7), '19:00').toISOString(),
        reason: '已被张丽华预约',
        heldBy: ['张丽华'],
      },
    ]);

    const rows = await ctx.t.db.query<{ status: string; source: string; note: string; memberId: number; n: number }>(
      `SELECT status, source, note, member_id AS "memberId", count(*)::int AS n FROM bookings WHERE series_id = $1 GROUP BY 1, 2, 3, 4`,
      [body.series.id],
    );
    expect(rows).toEqual([
      { status: 'confirmed', source: 'series', note: '羽毛球社训练', memberId: ctx.staffId, n: 9 },
    ]);
    const other = await member();
    const grid = (
      await ctx.t.app.inject({
        method: 'GET',
        url: `/api/booking/rooms/${room.id}/availability?date=${TUESDAY}`,
        headers: other.headers,
      })
    ).json();
    expect(
      grid.slots.filter((s: { state: string }) => s.state === 'full').map((s: { start: string }) => s.start),
    ).toEqual(['18:00', '19:00']);
    const refused = await book(ctx.t.app, other.headers, room.id, at(TUESDAY, '18:00'));
    expect([refused.statusCode, refused.json().message]).toEqual([409, '该时段已约满']);
  });

  it('names the series that holds a slot, a request awaiting approval, and the bookings that leave too few seats', async () => {
    const hall = await court({ name: '多功能厅' });
    const basketball = await createSeries({
      roomId: hall.id,
      title: '篮球社训练',
      weekdays: [2],
      start: '17:00',
      startsOn: TUESDAY,
      endsOn: TUESDAY,
    });
    expect(basketball.json().booked).toHaveLength(1);
    const clash = await createSeries({
      roomId: hall.id,
      title: '合唱团排练',
      weekdays: [2],
      start: '17:00',
      startsOn: TUESDAY,
      endsOn: TUESDAY,
    });
    expect(clash.json().conflicts).toMatchObject([{ reason: '已有您的安排“篮球社训练”', heldBy: ['“篮球社训练”'] }]);
    const otherStaff = await memberWithHeaders(ctx.t.app, ctx.t.db, ctx.tree.schoolId, {
      roles: ['chair'],
      name: '王建国',
    });
    const fromChair = await createSeries(
      { roomId: hall.id, title: '合唱团排练', weekdays: [2], start: '17:00', startsOn: TUESDAY, endsOn: TUESDAY },
      otherStaff.headers,
    );
    expect(fromChair.json().conflicts).toMatchObject([{ reason: '已被“篮球社训练”占用（李秀梅安排）' }]);

    const approved = await court({ name: '心理减压室', requiresApproval: true });
    const asking = await member('赵心怡');
    expect((await book(ctx.t.app, asking.headers, approved.id, at(TUESDAY, '16:00'))).json().status).toBe('pending');
    const pending = await createSeries({
      roomId: approved.id,
      title: '减压小组',
      weekdays: [2],
      start: '16:00',
      startsOn: TUESDAY,
      endsOn: TUESDAY,
    });
    expect(pending.json().conflicts).toMatchObject([
      { reason: '已被赵心怡（待审核）预约', heldBy: ['赵心怡（待审核）'] },
    ]);

    const gym = await createRoom(ctx.t.app, ctx.staff, {
      name: '健身房',
      capacity: 10,
      openingHours: WEEKDAY_EVENINGS,
    });
    const names = ['陈一', '陈二', '陈三', '陈四'];
    for (const name of names) await book(ctx.t.app, (await member(name)).headers, gym.id, at(TUESDAY, '17:00'));
    const yoga = await createSeries({
      roomId: gym.id,
      title: '瑜伽课',
      weekdays: [2],
      start: '17:00',
      startsOn: MONDAY,
      endsOn: addDays(MONDAY, 8),
      seats: 8,
    });
    expect(yoga.json().conflicts).toEqual([
      {
        date: TUESDAY,
        start: '17:00',
        end: '18:00',
        startsAt: at(TUESDAY, '17:00').toISOString(),
        reason: '只剩 6 个位置，不足 8 个（已约：陈一、陈二、陈三 等 4 个预约）',
        heldBy: names,
      },
    ]);
    expect(yoga.json().booked.map((b: { date: string }) => b.date)).toEqual([addDays(TUESDAY, 7)]);
  });

  it('skips the slots of today that have already begun and books the rest', async () => {
    standAt(TUESDAY, '18:20');
    const room = await court({ name: '乒乓球室' });
    const response = await createSeries({
      roomId: room.id,
      title: '教工乒乓队',
      weekday: 2,
      start: '18:00',
      slots: 2,
      startsOn: TUESDAY,
      endsOn: addDays(TUESDAY, 7),
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.skipped).toEqual([
      { date: TUESDAY, start: '18:00', end: '19:00', startsAt: at(TUESDAY, '18:00').toISOString(), reason: '时间已过' },
    ]);
    expect(body.booked.map((b: { date: string; start: string }) => `${b.date} ${b.start}`)).toEqual([
      `${TUESDAY} 19:00`,
      `${addDays(TUESDAY, 7)} 18:00`,
      `${addDays(TUESDAY, 7)} 19:00`,
    ]);
    expect(body.series).toMatchObject({ weekdays: [2], slots: 2, heldBookings: 3 });
  });

  it('refuses a plan the room cannot hold, naming the rule, and writes nothing', async () => {
    const room = await court({
      name: '书法室',
      openingHours: [
        { weekday: 2, opens: '16:00', closes: '19:00' },
        { weekday: 4, opens: '18:00', closes: '21:00' },
      ],
    });
    const base = { roomId: room.id, title: '书法社', start: '16:00', startsOn: MONDAY, endsOn: addDays(MONDAY, 30) };
    const cases: [object, number, string][] = [
      [{ ...base, weekdays: [2, 4] }, 400, '书法室周四没有 16:00 开始的时段'],
      [{ ...base, weekdays: [2], slots: 4 }, 400, '书法室周二 16:00 起没有连续 4 个时段'],
      [{ ...base, weekdays: [7], endsOn: addDays(MONDAY, 5) }, 400, '所选日期范围内没有周日'],
      [{ ...base, weekdays: [2], startsOn: addDays(MONDAY, 3), endsOn: MONDAY }, 400, '截止日期不能早于首次日期'],
      [
        { ...base, weekdays: [2], startsOn: addDays(MONDAY, -14), endsOn: addDays(MONDAY, -1) },
        400,
        '截止日期已经过去',
      ],
      [{ ...base, weekdays: [2], endsOn: addDays(MONDAY, 400) }, 400, '固定安排最长一年'],
      [{ ...base, weekdays: [2], seats: 2 }, 400, '该场地每个时段最多 1 个位置'],
      [{ ...base }, 400, '请选择星期'],
      [{ ...base, weekdays: [2], title: '  ' }, 400, '请填写用途，如“羽毛球社训练”'],
      [{ ...base, weekdays: [2], roomId: 999999 }, 404, '场地不存在或已停用'],
      [{ ...base, weekdays: [2, 8] }, 400, '星期不能大于 7'],
      [{ ...base, weekdays: [2, 2] }, 400, '星期不正确'],
      [{ ...base, weekdays: [2], slots: 13 }, 400, '连续时段数不能大于 12'],
    ];
    for (const [payload, status, message] of cases) {
      const response = await createSeries(payload);
      expect([response.statusCode, response.json().message]).toEqual([status, message]);
    }
    const everyDay = await createRoom(ctx.t.app, ctx.staff, {
      name: '职工书屋',
      capacity: 20,
      openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' })),
    });
    const tooMany = await createSeries({
      ...base,
      roomId: everyDay.id,
      start: '08:00',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      slots: 12,
      endsOn: addDays(MONDAY, 60),
    });
    expect([tooMany.statusCode, tooMany.json().message]).toEqual([
      400,
      '一次最多安排 400 次（现为 732 次），请缩短日期范围或减少星期、时段',
    ]);
    expect(await seriesRows(room.id)).toBe(0);
    expect(await seriesRows(everyDay.id)).toBe(0);
  });

  it('is for staff of the union only', async () => {
    const room = await court({ name: '舞蹈室' });
    const plain = await member();
    const payload = {
      roomId: room.id,
      title: '舞蹈队',
      weekdays: [2],
      start: '18:00',
      startsOn: MONDAY,
      endsOn: addDays(MONDAY, 6),
    };
    expect((await createSeries(payload, plain.headers)).statusCode).toBe(403);
    expect((await listSeries('', plain.headers)).statusCode).toBe(403);
    const outsider = await memberWithHeaders(ctx.t.app, ctx.t.db, ctx.tree.otherSchoolId, { roles: ['staff'] });
    const foreign = await createSeries(payload, outsider.headers);
    expect([foreign.statusCode, foreign.json().message]).toEqual([404, '场地不存在或已停用']);
    expect(await seriesRows(room.id)).toBe(0);
  });

  it('gives a whole slot to one holder when a series and members race for it', async () => {
    const room = await court({ name: '网球场' });
    const racers = await Promise.all(Array.from({ length: 6 }, () => member()));
    const [series, ...bookings] = await Promise.all([
      createSeries({
        roomId: room.id,
        title: '网球队',
        weekdays: [3],
        start: '18:00',
        startsOn: MONDAY,
        endsOn: addDays(MONDAY, 6),
      }),
      ...racers.map((r) => book(ctx.t.app, r.headers, room.id, at(addDays(MONDAY, 2), '18:00'))),
    ]);
    const won = (series.json().booked.length as number) + bookings.filter((b) => b.statusCode === 201).length;
    expect(won).toBe(1);
    const holders = await ctx.t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM bookings WHERE room_id = $1 AND status = 'confirmed'`,
      [room.id],
    );
    expect(holders[0]!.n).toBe(1);
  });
});

describe('listing and cancelling recurring bookings', () => {
  it('lists one room’s series, running ones first, with what is still to come', async () => {
    const room = await court({ name: '排球场' });
    const elsewhere = await court({ name: '篮球场' });
    const later = await createSeries({
      roomId: room.id,
      title: '排球队',
      weekdays: [5],
      start: '17:00',
      startsOn: addDays(MONDAY, 7),
      endsOn: addDays(MONDAY, 30),
    });
    await createSeries({
      roomId: room.id,
      title: '教工排球赛',
      weekdays: [1],
      start: '17:00',
      startsOn: MONDAY,
      endsOn: addDays(MONDAY, 13),
    });
    await createSeries({
      roomId: elsewhere.id,
      title: '篮球队',
      weekdays: [1],
      start: '17:00',
      startsOn: MONDAY,
      endsOn: addDays(MONDAY, 6),
    });
    await cancelSeries(later.json().series.id);

    const response = await listSeries(`?roomId=${room.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((s: { title: string; status: string }) => `${s.title} ${s.status}`)).toEqual([
      '教工排球赛 active',
      '排球队 cancelled',
    ]);
    expect(response.json().items[0]).toMatchObject({
      heldBookings: 2,
      upcomingBookings: 2,
      nextStartsAt: at(MONDAY, '17:00').toISOString(),
    });
    const all = (await listSeries()).json().items.map((s: { title: string }) => s.title);
    expect(all).toEqual(expect.arrayContaining(['排球队', '教工排球赛', '篮球队']));

    standAt(addDays(MONDAY, 14), '09:00');
    expect((await listSeries(`?roomId=${room.id}`)).json().items[0]).toMatchObject({
      title: '教工排球赛',
      status: 'ended',
      upcomingBookings: 0,
      nextStartsAt: null,
    });
    const outsider = await memberWithHeaders(ctx.t.app, ctx.t.db, ctx.tree.otherSchoolId, { roles: ['staff'] });
    expect((await listSeries('', outsider.headers)).json().items).toEqual([]);
  });

  it('cancels only the occurrences still to come, frees them for members, and keeps the series listed as cancelled', async () => {
    const room = await court({ name: '击剑馆' });
    const created = (
      await createSeries({
        roomId: room.id,
        title: '击剑社',
        weekdays: [1],
        start: '17:00',
        startsOn: MONDAY,
        endsOn: addDays(MONDAY, 20),
      })
    ).json();
    expect(created.booked).toHaveLength(3);
    const [first] = created.booked;

    standAt(addDays(MONDAY, 7), '09:00');
    await ctx.t.db.query(`UPDATE bookings SET status = 'checked_in', checked_in_at = starts_at WHERE id = $1`, [
      first.bookingId,
    ]);
    const outsider = await memberWithHeaders(ctx.t.app, ctx.t.db, ctx.tree.otherSchoolId, { roles: ['staff'] });
    expect((await cancelSeries(created.series.id, outsider.headers)).statusCode).toBe(404);

    const response = await cancelSeries(created.series.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      cancelledBookings: 2,
      series: { status: 'cancelled', heldBookings: 1, upcomingBookings: 0, nextStartsAt: null },
    });
    expect(response.json().series.cancelledAt).not.toBeNull();
    const statuses = await ctx.t.db.query<{ status: string; reason: string | null }>(
      `SELECT status, status_reason AS reason FROM bookings WHERE series_id = $1 ORDER BY starts_at`,
      [created.series.id],
    );
    expect(statuses).toEqual([
      { status: 'checked_in', reason: null },
      { status: 'cancelled', reason: '击剑社已取消' },
      { status: 'cancelled', reason: '击剑社已取消' },
    ]);
    const freed = await book(ctx.t.app, (await member()).headers, room.id, at(addDays(MONDAY, 7), '17:00'));
    expect(freed.statusCode).toBe(201);

    const again = await cancelSeries(created.series.id);
    expect([again.statusCode, again.json().message]).toEqual([409, '该固定安排已取消']);
    expect((await cancelSeries(999999)).json().message).toBe('固定安排不存在');
  });
});
