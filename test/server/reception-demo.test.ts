import { markAsDemo, seedDemo } from '../../server/src/seed/demo';
import { seedReceptionDemo } from '../../server/src/seed/demo-reception';
import { signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { at, type Headers, resetClock, standAt } from './reception-fixtures';

let t: TestApp;
let chair: Headers;
let member: Headers;

/** The demo union as seeded, with its reception days written again as if seeded at `date clock`. */
async function seededAt(date: string, clock: string) {
  const instant = standAt(date, clock);
  await t.db.exec(`DELETE FROM reception_appointments; DELETE FROM reception_sessions; DELETE FROM reception_series;`);
  await t.db.transaction((tx) => seedReceptionDemo(tx, instant));
}

const get = (url: string, headers: Headers) => t.app.inject({ method: 'GET', url: `/api/reception${url}`, headers });

beforeAll(async () => {
  t = await createTestApp();
  await markAsDemo(t.db);
  await seedDemo(t.db);
  chair = await signIn(t.app, { staffNo: 'S1001' });
  member = await signIn(t.app, { staffNo: 'S1005' });
});
afterAll(async () => {
  resetClock();
  await t.close();
});

describe('the reception demo data', () => {
  it('gives 王建国 a session today with a visit done, a booking to come and free slots for members', async () => {
    await seededAt('2030-01-09', '15:10');
    const today = (await get('/today', chair)).json();
    expect(today.sessions).toHaveLength(1);
    expect(today.sessions[0]).toMatchObject({
      startsAt: at('2030-01-09', '14:00').toISOString(),
      endsAt: at('2030-01-09', '18:00').toISOString(),
      freeSlots: 7,
    });
    expect(
      today.items.map((a: { member: { name: string }; stage: string; confidential: boolean }) => [
        a.member.name,
        a.stage,
        a.confidential,
      ]),
    ).toEqual([
      ['刘芳', 'registered', false],
      ['杨文静', 'booked', false],
      ['吴晓燕', 'booked', true],
    ]);
    const sessions = (await get('/sessions', member)).json().items;
    expect(sessions[0]).toMatchObject({ date: '2030-01-09', freeSlots: 7 });
    expect(sessions[1]).toMatchObject({
      date: '2030-01-16',
      startsAt: at('2030-01-16', '14:00').toISOString(),
      place: '工会办公室',
      receiverName: '王建国',
    });
  });

  it('fills the monthly summary with replies on time, a late one, an overdue one and ratings', async () => {
    await seededAt('2030-01-30', '10:00');
    const summary = (await get('/summary?month=2030-01', chair)).json();
    expect(summary).toMatchObject({ sessions: 5, noShow: 1 });
    expect(summary.replies).toMatchObject({ replied: 5, onTime: 4, overdue: 1 });
    expect(summary.satisfaction).toMatchObject({ satisfied: 3, basicallySatisfied: 1, dissatisfied: 1 });
    expect((await get('/desk', chair)).json()).toMatchObject({ canManage: true, overdueCount: 1, pendingCount: 3 });
    const second = (await get('/summary?month=2030-01', await signIn(t.app, { staffNo: 'S2001' }))).json();
    expect(second.replies.replied).toBe(2);
  });

  it('leaves the last slot of the day free to book when the day is nearly over', async () => {
    await seededAt('2030-01-09', '23:50');
    const today = (await get('/today', chair)).json();
    expect(today.sessions[0]).toMatchObject({ startsAt: at('2030-01-09', '22:40').toISOString(), freeSlots: 1 });
    expect(today.items.map((a: { stage: string }) => a.stage)).toEqual(['registered']);
  });
});
