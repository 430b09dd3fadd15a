import { addDays } from '../../server/src/time/beijing';
import { at, book, bookingSuite, createRoom, memberWithHeaders, MONDAY } from './booking-fixtures';
import { seriesHelpers, THURSDAY, TUESDAY, WEEKDAY_EVENINGS } from './booking-series-fixtures';

const ctx = bookingSuite({ roles: ['staff'], name: '李秀梅' });
const { member, court, createSeries, close } = seriesHelpers(ctx);

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
});
