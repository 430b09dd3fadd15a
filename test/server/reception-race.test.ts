import { createMember, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { at, book, publish, receptionWorld, resetClock, standAt } from './reception-fixtures';

let t: TestApp;
let w: Awaited<ReturnType<typeof receptionWorld>>;
let sessionId: number;
const DAY = '2030-01-09';

beforeAll(async () => {
  t = await createTestApp();
  w = await receptionWorld(t.app, t.db, 0);
  standAt('2030-01-08', '09:00');
  sessionId = (await publish(t.app, w.chair.headers, { date: DAY, receiverId: w.chair.id })).json().items[0].id;
});
afterAll(async () => {
  resetClock();
  await t.close();
});

describe(`a rush on the chair’s reception day (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('gives one slot to exactly one of 25 members booking it at once, and a Chinese 409 to the rest', async () => {
    const members = await Promise.all(
      Array.from({ length: 25 }, async () => ({
        headers: await signIn(t.app, await createMember(t.db, w.tree.schoolId)),
      })),
    );
    const slot = at(DAY, '14:40');
    const responses = await Promise.all(members.map((m) => book(t.app, m.headers, sessionId, slot)));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(24);
    for (const refused of responses.filter((r) => r.statusCode === 409)) {
      expect(refused.json()).toEqual({ code: 'SLOT_TAKEN', message: '这个时段刚被其他会员约走了，请选择其他时段' });
    }
    const [held] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reception_appointments WHERE session_id = $1 AND slot_start = $2 AND status <> 'cancelled'`,
      [sessionId, slot],
    );
    expect(held!.n).toBe(1);
  });

  it('keeps one member to one upcoming appointment when they book every slot of a session at once', async () => {
    const m = await createMember(t.db, w.tree.schoolId);
    const headers = await signIn(t.app, m);
    const slots = ['15:00', '15:20', '15:40', '16:00', '16:20', '16:40'].map((clock) => at(DAY, clock));
    const responses = await Promise.all(slots.map((slot) => book(t.app, headers, sessionId, slot)));
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
    const refused = responses.filter((r) => r.statusCode === 409).map((r) => r.json().code);
    expect(refused).toEqual(Array(5).fill('ALREADY_BOOKED'));
    const [held] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reception_appointments WHERE session_id = $1 AND member_id = $2 AND status = 'booked'`,
      [sessionId, m.id],
    );
    expect(held!.n).toBe(1);
  });

  it('never books into a session while it is being cancelled', async () => {
    standAt('2030-01-08', '09:00');
    const other = (await publish(t.app, w.chair.headers, { date: '2030-01-16', receiverId: w.chair.id })).json()
      .items[0].id;
    const members = await Promise.all(
      Array.from({ length: 8 }, async () => ({
        headers: await signIn(t.app, await createMember(t.db, w.tree.schoolId)),
      })),
    );
    const starts = ['14:00', '14:20', '14:40', '15:00', '15:20', '15:40', '16:00', '16:20'].map((clock) =>
      at('2030-01-16', clock),
    );
    const [cancel, ...bookings] = await Promise.all([
      t.app.inject({
        method: 'POST',
        url: `/api/reception/sessions/${other}/cancel`,
        headers: w.chair.headers,
        payload: { reason: '上级检查' },
      }),
      ...members.map((m, i) => book(t.app, m.headers, other, starts[i]!)),
    ]);
    expect(cancel!.statusCode).toBe(200);
    for (const b of bookings) expect([201, 409]).toContain(b.statusCode);
    const [left] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reception_appointments WHERE session_id = $1 AND status = 'booked'`,
      [other],
    );
    expect(left!.n).toBe(0);
  });
});
