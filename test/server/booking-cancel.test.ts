import { at, book, bookingFileSuite, bookingHelpers, createRoom, MONDAY } from './booking-fixtures';

const { t, tree, staff } = bookingFileSuite();
const { member, slotCounter, expectRefused } = bookingHelpers(t, tree);

describe('cancelling', () => {
  it('lets a member cancel before the cut-off and gives the place back', async () => {
    const room = await createRoom(t.app, staff, { cancelCutoffMinutes: 120 });
    const m = await member();
    const booking = (await book(t.app, m.headers, room.id, at(MONDAY, '14:00'))).json();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/booking/bookings/${booking.id}/cancel`,
      headers: m.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'cancelled', cancellable: false });
    expect(await slotCounter(room.id, at(MONDAY, '14:00'))).toBe(0);
  });

  it('refuses to cancel after the cut-off', async () => {
    const room = await createRoom(t.app, staff, { cancelCutoffMinutes: 120 });
    const m = await member();
    const booking = (await book(t.app, m.headers, room.id, at(MONDAY, '12:00'))).json();
    expect(booking.cancellable).toBe(false);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/booking/bookings/${booking.id}/cancel`,
      headers: m.headers,
      payload: {},
    });
    expectRefused(response, 409, '开始前 2 小时内不能取消');
    expect(await slotCounter(room.id, at(MONDAY, '12:00'))).toBe(1);
  });

  it('lets staff cancel a member’s booking with a reason the member is told', async () => {
    const room = await createRoom(t.app, staff, { cancelCutoffMinutes: 120 });
    const m = await member();
    const booking = (await book(t.app, m.headers, room.id, at(MONDAY, '12:00'))).json();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/booking/bookings/${booking.id}/cancel`,
      headers: staff,
      payload: { reason: '场地临时检修' },
    });
    expect(response.json()).toMatchObject({ status: 'cancelled', reason: '场地临时检修' });
    const [message] = await t.db.query<{ body: string }>(
      `SELECT body FROM notifications WHERE member_id = $1 ORDER BY id DESC LIMIT 1`,
      [m.id],
    );
    expect(message!.body).toBe('3月4日 周一 12:00–13:00。原因：场地临时检修');
  });

  it('does not let another member cancel my booking', async () => {
    const room = await createRoom(t.app, staff);
    const booking = (await book(t.app, (await member()).headers, room.id, at(MONDAY, '20:00'))).json();
    const other = await member();
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/booking/bookings/${booking.id}/cancel`,
          headers: other.headers,
          payload: {},
        })
      ).statusCode,
    ).toBe(404);
  });
});
