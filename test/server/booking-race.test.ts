import { setClock } from '../../server/src/clock';
import { addDays } from '../../server/src/time/beijing';
import { createUnionTree } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { at, book, createRoom, type Headers, memberWithHeaders, MONDAY, standAt } from './booking-fixtures';

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnionTree>>;
let staff: Headers;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createUnionTree(t.db);
  staff = (await memberWithHeaders(t.app, t.db, tree.schoolId, { roles: ['staff'] })).headers;
  standAt(MONDAY, '07:59');
});
afterAll(async () => {
  setClock(null);
  await t.close();
});

describe(`a rush on one slot (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('confirms exactly the capacity when 30 members race for a 4-seat slot, and refuses the rest with 409 in Chinese', async () => {
    const room = await createRoom(t.app, staff, { name: '羽毛球场', capacity: 4, windowDays: 7, releaseTime: '08:00' });
    const members = await Promise.all(Array.from({ length: 30 }, () => memberWithHeaders(t.app, t.db, tree.schoolId)));
    const slot = at(addDays(MONDAY, 7), '18:00');
    standAt(MONDAY, '08:00');

    const responses = await Promise.all(members.map((m) => book(t.app, m.headers, room.id, slot)));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(4);
    expect(statuses.filter((s) => s === 409)).toHaveLength(26);
    for (const refused of responses.filter((r) => r.statusCode === 409))
      expect(refused.json()).toEqual({ code: 'SLOT_FULL', message: '该时段已约满' });

    const [counter] = await t.db.query<{ booked: number }>(
      'SELECT booked FROM booking_slots WHERE room_id = $1 AND starts_at = $2',
      [room.id, slot],
    );
    const [held] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM bookings WHERE room_id = $1 AND status = 'confirmed'`,
      [room.id],
    );
    expect({ counter: counter!.booked, held: held!.n }).toEqual({ counter: 4, held: 4 });
  });

  it('keeps one member to one place when they tap five times at once', async () => {
    const room = await createRoom(t.app, staff, { capacity: 10 });
    const m = await memberWithHeaders(t.app, t.db, tree.schoolId);
    const slot = at(MONDAY, '18:00');
    const responses = await Promise.all(Array.from({ length: 5 }, () => book(t.app, m.headers, room.id, slot)));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(new Set(responses.filter((r) => r.statusCode === 409).map((r) => r.json().message))).toEqual(
      new Set(['您已预约了该时段']),
    );
  });

  it('holds a per-day quota against simultaneous bookings of different slots', async () => {
    const room = await createRoom(t.app, staff, { quotaPerDay: 2 });
    const m = await memberWithHeaders(t.app, t.db, tree.schoolId);
    const starts = ['12:00', '13:00', '14:00', '15:00', '16:00', '17:00'].map((clock) => at(MONDAY, clock));
    const responses = await Promise.all(starts.map((s) => book(t.app, m.headers, room.id, s)));
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(2);
    expect(responses.filter((r) => r.statusCode === 409).map((r) => r.json().message)).toEqual(
      Array(4).fill('超出每天可预约次数（每天 2 次）'),
    );
  });
});
