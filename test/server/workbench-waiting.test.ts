import { setClock } from '../../server/src/clock';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  book,
  consent,
  counsellingSchool,
  desk,
  iso,
  MONDAY,
  type Person,
  type School,
  standAt,
  TUESDAY,
  WEDNESDAY,
} from './counselling-fixtures';

let t: TestApp;
let s: School;

beforeAll(async () => {
  t = await createTestApp();
  s = await counsellingSchool(t.app, t.db);
  await consent(t.app, s.a);
  standAt(MONDAY, '08:00');
});
afterAll(async () => {
  setClock(() => new Date());
  await t.close();
});

const waiting = async (who: Person) => {
  const response = await t.app.inject({ method: 'GET', url: '/api/admin/overview', headers: who.headers });
  expect(response.statusCode).toBe(200);
  return response.json<{ waiting: { key: string; count: number; path: string }[] }>().waiting;
};

describe('工作台 待办 for a counsellor', () => {
  it('counts a request waiting for this counsellor and links to 咨询工作台; the other counsellor sees none', async () => {
    await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'));
    const forX = await waiting(s.x);
    expect(forX.find((w) => w.key === 'counsellingRequests')).toEqual({
      key: 'counsellingRequests',
      label: '待确认的咨询申请',
      count: 1,
      path: '/packages/counselling/pages/desk/index',
    });
    expect((await waiting(s.y)).find((w) => w.key === 'counsellingRequests')?.count).toBe(0);
  });

  it('keeps counselling out of staff’s 待办 (staff see counts elsewhere, never the requests)', async () => {
    const keys = (await waiting(s.staff)).map((w) => w.key);
    expect(keys).toEqual(expect.arrayContaining(['helpNew', 'bookingApprovals']));
    expect(keys).not.toContain('counsellingRequests');
  });

  it('counts today’s confirmed appointments by the app’s clock, not the database’s', async () => {
    // 2030: a day the database's own clock will not reach while this test is kept.
    const id = await book(t.app, s.a, s.xId, iso(WEDNESDAY, '10:00'));
    expect((await desk(t.app, s.x, 'POST', `/appointments/${id}/confirm`)).statusCode).toBe(200);
    const today = async () => (await waiting(s.x)).find((w) => w.key === 'counsellingToday')?.count;
    standAt(TUESDAY, '08:00');
    expect(await today()).toBe(0);
    standAt(WEDNESDAY, '08:00');
    expect(await today()).toBe(1);
    standAt(MONDAY, '08:00');
  });
});
