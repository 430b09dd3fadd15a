import { markAsDemo, seedDemo } from '../../server/src/seed/demo';
import { signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await markAsDemo(t.db);
  await seedDemo(t.db);
});
afterAll(() => t.close());

const get = async <T>(url: string, staffNo: string) =>
  (await t.app.inject({ method: 'GET', url, headers: await signIn(t.app, { staffNo }) })).json<T>();

describe('the demo clubs', () => {
  it('hold the badminton practice in the badminton court, reserved through the booking rules', async () => {
    const [event] = await t.db.query<{ id: number }>(`SELECT id FROM club_events WHERE title = '羽毛球双打练习'`);
    const view = await get<{ room: { name: string; released: boolean } }>(`/api/clubs/events/${event!.id}`, 'S1010');
    expect(view.room).toMatchObject({ name: '羽毛球场', released: false });
    const bookings = await t.db.query<{ status: string; source: string }>(
      `SELECT b.status, b.source FROM club_event_bookings x JOIN bookings b ON b.series_id = x.series_id WHERE x.event_id = $1`,
      [event!.id],
    );
    expect(bookings).toEqual([
      { status: 'confirmed', source: 'series' },
      { status: 'confirmed', source: 'series' },
    ]);
  });

  it('have an event about to start, where a signed-up member can check in with the leader’s code', async () => {
    const [event] = await t.db.query<{ id: number }>(`SELECT id FROM club_events WHERE title = '共读一小时'`);
    const { checkInCode } = await get<{ checkInCode: string }>(`/api/clubs/events/${event!.id}`, 'S1006');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/clubs/check-in',
      headers: await signIn(t.app, { staffNo: 'S1005' }),
      payload: { code: checkInCode },
    });
    expect(response.statusCode).toBe(200);
  });
});
