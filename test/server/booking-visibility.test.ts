import { at, book, bookingFileSuite, bookingHelpers, createRoom, memberWithHeaders, MONDAY } from './booking-fixtures';

const { t, tree, staff } = bookingFileSuite();
const { member, slotCounter, expectRefused } = bookingHelpers(t, tree);

describe('who may see and book what', () => {
  it('hides one school’s rooms and bookings from another school’s members and staff', async () => {
    const room = await createRoom(t.app, staff);
    const mine = await member();
    const booking = (await book(t.app, mine.headers, room.id, at(MONDAY, '18:00'))).json();
    const outsider = await memberWithHeaders(t.app, t.db, tree.otherSchoolId);
    const outsiderStaff = await memberWithHeaders(t.app, t.db, tree.otherSchoolId, { roles: ['staff'] });

    const seen = (await t.app.inject({ method: 'GET', url: '/api/booking/rooms', headers: outsider.headers })).json();
    expect(seen.items.map((r: { id: number }) => r.id)).not.toContain(room.id);
    for (const url of [
      `/api/booking/rooms/${room.id}`,
      `/api/booking/rooms/${room.id}/availability`,
      `/api/booking/bookings/${booking.id}`,
    ]) {
      expect({
        url,
        status: (await t.app.inject({ method: 'GET', url, headers: outsider.headers })).statusCode,
      }).toEqual({ url, status: 404 });
    }
    expectRefused(await book(t.app, outsider.headers, room.id, at(MONDAY, '19:00')), 404, '场地不存在或已停用');
    const cancel = await t.app.inject({
      method: 'POST',
      url: `/api/booking/bookings/${booking.id}/cancel`,
      headers: outsiderStaff.headers,
      payload: {},
    });
    expect(cancel.statusCode).toBe(404);
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/booking/manage/rooms/${room.id}`,
      headers: outsiderStaff.headers,
      payload: { capacity: 1 },
    });
    expect(edit.statusCode).toBe(404);
    const close = await t.app.inject({
      method: 'POST',
      url: '/api/booking/manage/closures',
      headers: outsiderStaff.headers,
      payload: { roomId: room.id, startsOn: MONDAY, endsOn: MONDAY, reason: '维修' },
    });
    expect(close.statusCode).toBe(404);
    expect(await slotCounter(room.id, at(MONDAY, '18:00'))).toBe(1);
  });

  it('keeps plain members out of the staff routes and everyone out without signing in', async () => {
    const m = await member();
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/booking/manage/rooms', headers: m.headers })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/booking/rooms' })).statusCode).toBe(401);
  });
});
