import { addDays } from '../../server/src/time/beijing';
import { type BookingSuite, createRoom, type Headers, memberWithHeaders, MONDAY } from './booking-fixtures';

export const TUESDAY = addDays(MONDAY, 1);
export const THURSDAY = addDays(MONDAY, 3);
export const WEEKDAY_EVENINGS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '16:00', closes: '21:00' }));

/** The frame of the recurring-booking tests: a court open weekday evenings, and the series API as staff. */
export function seriesHelpers(ctx: BookingSuite) {
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
  return { member, court, createSeries, listSeries, cancelSeries, seriesRows, close };
}
