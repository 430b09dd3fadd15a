import { addDays } from '../../server/src/time/beijing';
import { at, book, bookingSuite, createRoom, memberWithHeaders, MONDAY, standAt } from './booking-fixtures';
import { seriesHelpers, TUESDAY } from './booking-series-fixtures';

const ctx = bookingSuite({ roles: ['staff'], name: '李秀梅' });
const { member, court, createSeries, listSeries, seriesRows } = seriesHelpers(ctx);

describe('creating a recurring booking', () => {
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
