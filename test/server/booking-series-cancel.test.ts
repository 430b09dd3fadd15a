import { addDays } from '../../server/src/time/beijing';
import { at, book, bookingSuite, memberWithHeaders, MONDAY, standAt } from './booking-fixtures';
import { seriesHelpers } from './booking-series-fixtures';

const ctx = bookingSuite({ roles: ['staff'], name: '李秀梅' });
const { member, court, createSeries, listSeries, cancelSeries } = seriesHelpers(ctx);

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
