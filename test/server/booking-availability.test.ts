import { addDays } from '../../server/src/time/beijing';
import { at, book, bookingFileSuite, bookingHelpers, createRoom, MONDAY } from './booking-fixtures';

const { t, tree, staff } = bookingFileSuite();
const { member, expectRefused } = bookingHelpers(t, tree);

describe('availability', () => {
  it('shows each slot as free, few, full, mine, closed or past, and the date strip over the window', async () => {
    const room = await createRoom(t.app, staff, { capacity: 4, windowDays: 2, releaseTime: '12:00' });
    await t.app.inject({
      method: 'POST',
      url: '/api/booking/manage/closures',
      headers: staff,
      payload: { roomId: room.id, startsOn: addDays(MONDAY, 1), endsOn: addDays(MONDAY, 1), reason: '期末考试' },
    });
    const me = await member();
    for (let i = 0; i < 3; i += 1) await book(t.app, (await member()).headers, room.id, at(MONDAY, '15:00'));
    for (let i = 0; i < 4; i += 1) await book(t.app, (await member()).headers, room.id, at(MONDAY, '16:00'));
    await book(t.app, me.headers, room.id, at(MONDAY, '17:00'));

    const today = (
      await t.app.inject({ method: 'GET', url: `/api/booking/rooms/${room.id}/availability`, headers: me.headers })
    ).json();
    const state = (start: string) => today.slots.find((s: { start: string }) => s.start === start).state;
    expect([state('09:00'), state('10:00'), state('14:00'), state('15:00'), state('16:00'), state('17:00')]).toEqual([
      'past',
      'past',
      'free',
      'few',
      'full',
      'mine',
    ]);
    expect(today.dates).toEqual([
      { date: MONDAY, weekday: 1, bookable: true, note: null, freeSlots: 9 },
      { date: addDays(MONDAY, 1), weekday: 2, bookable: false, note: '期末考试', freeSlots: 0 },
      { date: addDays(MONDAY, 2), weekday: 3, bookable: false, note: '12:00 开放预约', freeSlots: 0 },
    ]);
    const closed = (
      await t.app.inject({
        method: 'GET',
        url: `/api/booking/rooms/${room.id}/availability?date=${addDays(MONDAY, 1)}`,
        headers: me.headers,
      })
    ).json();
    expect(new Set(closed.slots.map((s: { state: string }) => s.state))).toEqual(new Set(['closed']));
    expect([today.note, closed.note, today.slotCapacity]).toEqual([null, '期末考试', 4]);
    const beyond = await t.app.inject({
      method: 'GET',
      url: `/api/booking/rooms/${room.id}/availability?date=${addDays(MONDAY, 3)}`,
      headers: me.headers,
    });
    expectRefused(beyond, 400, '只能查看今天起 2 天内的时段');
  });

  it('lists the union’s rooms with today’s free slots', async () => {
    const room = await createRoom(t.app, staff, { name: '职工书屋', mode: 'seats', capacity: 20, slotMinutes: 120 });
    const list = (
      await t.app.inject({ method: 'GET', url: '/api/booking/rooms', headers: (await member()).headers })
    ).json();
    const item = list.items.find((r: { id: number }) => r.id === room.id);
    expect(item.today).toMatchObject({ date: MONDAY, note: null, freeCount: 5 });
    expect(item.today.freeSlots[0]).toMatchObject({ start: '12:00', end: '14:00', remaining: 20 });
  });
});
