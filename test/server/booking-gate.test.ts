import { hashToken } from '../../server/src/plugins/auth';
import { bookingRepository } from '../../server/src/routes/booking/bookings-repository';
import { decide, factsQuery, type PlaceRequest } from '../../server/src/routes/booking/place';
import { addDays } from '../../server/src/time/beijing';
import { at, book, bookingSuite, createRoom, memberWithHeaders, MONDAY, standAt } from './booking-fixtures';

const ctx = bookingSuite();

/**
 * The booking's second statement writes only when the facts read by its first are unchanged under
 * the locks (booking_gate); otherwise it writes nothing and the route books again in a transaction.
 */
describe('the gated booking statement', () => {
  it('writes nothing when the member booked something else since the facts were read, and books on fresh facts', async () => {
    const room = await createRoom(ctx.t.app, ctx.staff, { quotaPerDay: 2 });
    const m = await memberWithHeaders(ctx.t.app, ctx.t.db, ctx.tree.schoolId);
    const tokenHash = hashToken(m.headers.authorization!.replace('Bearer ', ''));
    const now = standAt(MONDAY, '10:30');
    const startsAt = at(addDays(MONDAY, 1), '09:00');
    const req: PlaceRequest = {
      unionId: ctx.tree.schoolId,
      member: { id: m.id, name: m.name },
      roomId: room.id,
      startsAt,
      mode: 'advance',
      now,
      templates: {},
    };
    const repo = bookingRepository(ctx.t.db);
    const facts = factsQuery({ ...req, memberId: m.id });
    const read = async () => (await repo.context(tokenHash, facts))!.room!;
    const before = await read();
    expect(before.dayCount).toBe(0);

    // Between the two statements the member books another slot of the same day.
    expect((await book(ctx.t.app, m.headers, room.id, at(addDays(MONDAY, 1), '11:00'))).statusCode).toBe(201);
    const booking = decide(before, req);
    const stale = await repo.placeIfUnchanged(booking.row, booking.capacity, booking.message, {
      ...facts,
      factsKey: before.factsKey,
    });
    expect(stale).toEqual({ stale: true });
    const written = await ctx.t.db.query<{ n: number }>(
      `SELECT (SELECT count(*)::int FROM bookings WHERE room_id = $1 AND starts_at = $2)
            + (SELECT count(*)::int FROM booking_slots WHERE room_id = $1 AND starts_at = $2) AS n`,
      [room.id, startsAt],
    );
    expect(written[0]!.n).toBe(0);

    const fresh = await read();
    expect(fresh.dayCount).toBe(1);
    expect(fresh.factsKey).not.toBe(before.factsKey);
    const placed = await repo.placeIfUnchanged(booking.row, booking.capacity, booking.message, {
      ...facts,
      factsKey: fresh.factsKey,
    });
    expect(placed).toMatchObject({ stale: false, id: expect.any(Number) });
    const [seat] = await ctx.t.db.query<{ booked: number }>(
      'SELECT booked FROM booking_slots WHERE room_id = $1 AND starts_at = $2',
      [room.id, startsAt],
    );
    expect(seat!.booked).toBe(1);
  });

  it('answers an unknown or expired session with 401 from the booking’s first statement', async () => {
    const room = await createRoom(ctx.t.app, ctx.staff);
    const response = await book(ctx.t.app, { authorization: 'Bearer not-a-session' }, room.id, at(MONDAY, '18:00'));
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ message: '登录已过期，请重新登录' });
    const [count] = await ctx.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM bookings WHERE room_id = $1', [
      room.id,
    ]);
    expect(count!.n).toBe(0);
  });
});
