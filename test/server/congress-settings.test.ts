import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTestApp, type TestApp } from '../support/test-app';
import { act, congressWorld, draft, getMotion, resetClock, standAt, type Headers } from './congress-fixtures';

let t: TestApp;
let w: Awaited<ReturnType<typeof congressWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await congressWorld(t.app, t.db);
});
afterAll(async () => {
  resetClock();
  await t.close();
});

const readRule = (headers: Headers) => t.app.inject({ method: 'GET', url: '/api/congress/settings', headers });
const setRule = (headers: Headers, payload: unknown) =>
  t.app.inject({ method: 'PUT', url: '/api/congress/settings', headers, payload: payload as object });
const openSession = (headers: Headers, title: string, extra: Record<string, unknown> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/congress/sessions',
    headers,
    payload: { term: '第五届', title, opensOn: '2030-03-01', closesOn: '2030-03-20', ...extra },
  });
const storedRules = async () =>
  t.db.query<{ unionId: number; n: number }>(
    `SELECT union_id AS "unionId", seconders_required AS n FROM congress_settings ORDER BY union_id`,
  );

/** A draft by the first 代表 in a session, seconded by `count` other 代表; answers its id. */
async function secondedDraft(sessionId: number, count: number) {
  const [author, ...others] = [...w.delegates, w.committee];
  const id = (await draft(t.app, author!.headers, sessionId)).json().id as number;
  for (const s of others.slice(0, count)) expect((await act(t.app, s.headers, id, 'second')).statusCode).toBe(200);
  return id;
}

describe('the union’s 附议人数', () => {
  it('is 2 for a union that never chose, and every member of the union can read it', async () => {
    for (const who of [w.members[0]!, w.delegates[0]!, w.staff]) {
      const res = await readRule(who.headers);
      expect([res.statusCode, res.json()]).toEqual([200, { secondersRequired: 2 }]);
    }
    const session = (await t.app.inject({ method: 'GET', url: '/api/congress/sessions', headers: w.staff.headers }))
      .json()
      .items.find((s: { id: number }) => s.id === w.sessionId);
    expect(session.secondersRequired).toBe(2);
  });

  it('is changed by staff or the chair only, and only for their own union', async () => {
    for (const who of [w.delegates[0]!, w.committee, w.members[0]!]) {
      const res = await setRule(who.headers, { secondersRequired: 1 });
      expect([res.statusCode, res.json().message]).toEqual([403, '只有工会干事和主席可以修改教代会设置']);
    }
    expect(await storedRules()).toEqual([]);

    const byChair = await setRule(w.chair.headers, { secondersRequired: 3 });
    expect([byChair.statusCode, byChair.json()]).toEqual([200, { secondersRequired: 3 }]);
    expect((await readRule(w.delegates[1]!.headers)).json()).toEqual({ secondersRequired: 3 });
    // The other school's staff read their own union's rule, untouched.
    expect((await readRule(w.otherStaff.headers)).json()).toEqual({ secondersRequired: 2 });
    expect(await storedRules()).toEqual([{ unionId: w.tree.schoolId, n: 3 }]);
  });

  it('answers a repeated change with the same rule and keeps one row', async () => {
    for (let i = 0; i < 2; i += 1) {
      const res = await setRule(w.staff.headers, { secondersRequired: 3 });
      expect([res.statusCode, res.json()]).toEqual([200, { secondersRequired: 3 }]);
    }
    expect(await storedRules()).toHaveLength(1);
  });

  it('refuses a number out of range or missing in Chinese, naming the field, and keeps the rule', async () => {
    for (const payload of [{ secondersRequired: 11 }, { secondersRequired: -1 }, { secondersRequired: '两' }, {}]) {
      const res = await setRule(w.staff.headers, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toContain('附议人数');
    }
    expect((await readRule(w.staff.headers)).json()).toEqual({ secondersRequired: 3 });
  });

  it('no longer lets one session set its own number: the union’s rule decides', async () => {
    const res = await openSession(w.staff.headers, '第五届教代会临时会议', { secondersRequired: 1 });
    expect(res.statusCode).toBe(400);
    const rows = await t.db.query(`SELECT 1 FROM congress_sessions WHERE title = '第五届教代会临时会议'`);
    expect(rows).toEqual([]);
  });
});

describe('sessions and the rule', () => {
  let laterSessionId: number;

  it('reaches the sessions still collecting: a draft seconded twice needs a third once the rule says 3', async () => {
    standAt('2030-03-05');
    await setRule(w.staff.headers, { secondersRequired: 2 });
    const id = await secondedDraft(w.sessionId, 2);
    expect((await getMotion(t.app, w.delegates[0]!.headers, id)).json()).toMatchObject({
      secondersRequired: 2,
      can: { submit: true },
    });

    // Staff raise the bar while the draft waits for its proposer.
    await setRule(w.staff.headers, { secondersRequired: 3 });
    expect((await getMotion(t.app, w.delegates[0]!.headers, id)).json()).toMatchObject({
      secondersRequired: 3,
      can: { submit: false },
    });
    const short = await act(t.app, w.delegates[0]!.headers, id, 'submit');
    expect([short.statusCode, short.json().code, short.json().message]).toEqual([
      409,
      'NOT_ENOUGH_SECONDERS',
      '提案需要 3 位代表附议才能提交，目前 2 位',
    ]);
    expect((await act(t.app, w.committee.headers, id, 'second')).statusCode).toBe(200);
    const done = await act(t.app, w.delegates[0]!.headers, id, 'submit');
    expect([done.statusCode, done.json().status]).toEqual([200, 'submitted']);
  });

  it('is taken by a session opened later, which a double tap does not open twice', async () => {
    const later = { opensOn: '2030-04-01', closesOn: '2030-04-20' };
    const opened = await openSession(w.staff.headers, '第五届教代会第四次会议', later);
    expect([opened.statusCode, opened.json().secondersRequired]).toEqual([201, 3]);
    const again = await openSession(w.staff.headers, '第五届教代会第四次会议', later);
    expect([again.statusCode, again.json().id, again.json().secondersRequired]).toEqual([200, opened.json().id, 3]);
    laterSessionId = opened.json().id as number;
  });

  it('leaves a session whose collection is over with the number its motions were submitted under', async () => {
    standAt('2030-03-25');
    await setRule(w.chair.headers, { secondersRequired: 0 });
    const sessions = (
      await t.app.inject({ method: 'GET', url: '/api/congress/sessions', headers: w.staff.headers })
    ).json().items as { id: number; secondersRequired: number }[];
    const numberOf = (id: number) => sessions.find((s) => s.id === id)?.secondersRequired;
    expect([numberOf(w.sessionId), numberOf(laterSessionId)]).toEqual([3, 0]);

    // A rule of 0: in the later session a 代表 submits without 附议.
    standAt('2030-04-02');
    const id = await secondedDraft(laterSessionId, 0);
    const res = await act(t.app, w.delegates[0]!.headers, id, 'submit');
    expect([res.statusCode, res.json().status]).toEqual([200, 'submitted']);
  });
});

describe('migration 078', () => {
  it('gives a union that already ran sessions the number of its latest session', async () => {
    const sql = readFileSync(path.resolve(__dirname, '../../server/migrations/078.do.congress-settings.sql'), 'utf8');
    const carryOver = sql.slice(sql.indexOf('INSERT INTO congress_settings'));
    await t.db.query(`DELETE FROM congress_settings`);
    await t.db.query(carryOver);
    // The school's latest session (第四次会议) follows the rule of 0; the other school has none.
    expect(await storedRules()).toEqual([{ unionId: w.tree.schoolId, n: 0 }]);
  });
});
