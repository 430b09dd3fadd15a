import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { operationsOf } from '../support/fuzz/malformed-requests';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { book, consent, counsellingSchool, iso, request, standAt, TUESDAY } from './counselling-fixtures';
import { CREATES } from './idempotency-creates';
import { EXCUSED } from './idempotency-excused';
import { idempotencyWorld, type IdempotencyWorld, standInWorld, type Submission } from './idempotency-fixtures';

let t: TestApp;
let officer: Record<string, string>;
let rows: () => Promise<number>;
let world: IdempotencyWorld;
let repeats = 0;

beforeAll(async () => {
  // Uploads go to a folder of this test's own, not the data folder beside the worktree.
  process.env.FILE_STORE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'zhijia-idempotency-'));
  // A subscription template configured, so that recording a member's consent to it is a create too.
  t = await createTestApp({
    config: { wechat: { apiBase: '', templates: { booking: 'tmpl-booking' }, miniprogramState: 'formal' } },
  });
  const tree = await createUnionTree(t.db);
  officer = await signIn(
    t.app,
    await createMember(t.db, tree.schoolId, { roles: ['staff', 'chair', 'counsellor', 'supervisor'] }),
  );
  const tables = await t.db.query<{ name: string }>(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('schema_version', 'idempotency_keys')`,
  );
  const sql = `SELECT ${tables.map((x) => `(SELECT count(*) FROM ${x.name})`).join(' + ')} AS n`;
  rows = async () => Number((await t.db.query<{ n: number }>(sql))[0]!.n);
  world = await idempotencyWorld(t.app, t.db);
});
// Each operation is made at the world's time: a recipe before it may have moved the one clock on.
beforeEach(standInWorld);
afterAll(async () => {
  await t.close();
  fs.rmSync(process.env.FILE_STORE_DIR!, { recursive: true, force: true });
});

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: { ...officer, ...headers }, payload: payload as object });
const submit = (s: Submission, key: string | null) =>
  t.app.inject({
    method: 'POST',
    url: s.url,
    headers: {
      ...s.as,
      ...(key ? { 'idempotency-key': key } : {}),
      ...(s.contentType ? { 'content-type': s.contentType } : {}),
    },
    payload: s.raw ?? (s.body as object | undefined),
  });
const answer = (r: { statusCode: number; body: string }) => ({ status: r.statusCode, body: r.body });

describe('Idempotency-Key on every create operation', () => {
  const posts = () => operationsOf(t.app.swagger() as never).filter((op) => op.method === 'POST');

  it('knows every POST in the OpenAPI document as a create operation tested below or one excused with a reason', () => {
    const ids = posts().map((op) => op.operationId);
    expect(ids.filter((id) => !CREATES[id] && !EXCUSED[id])).toEqual([]);
    expect(ids.filter((id) => CREATES[id] && EXCUSED[id])).toEqual([]);
    expect([...Object.keys(CREATES), ...Object.keys(EXCUSED)].filter((id) => !ids.includes(id))).toEqual([]);
  });

  let n = 0;
  it.each(Object.keys(CREATES))(
    '%s: ten concurrent identical submissions with one key make one record and get ten identical answers',
    async (operationId) => {
      const op = posts().find((o) => o.operationId === operationId)!;
      const submission = await CREATES[operationId]!(world, (n += 1));
      // The table's URL must be this operation's: the path template with its parameters filled in.
      const template = new RegExp(`^${op.path.replace(/\/$/, '').replace(/\{\w+\}/g, '[^/?]+')}/?(\\?.*)?$`);
      expect(submission.url).toMatch(template);

      const before = await rows();
      const measuredBefore = await submission.measure?.();
      const answers = await Promise.all(Array.from({ length: 10 }, () => submit(submission, `tap-${n}`)));
      const batch = (await rows()) - before;
      const measuredBatch = submission.measure && (await submission.measure()) - measuredBefore!;
      expect(answers[0]!.statusCode).toBeLessThan(300);
      expect(answers.map(answer)).toEqual(Array(10).fill(answer(answers[0]!)));
      // The same key later: the same answer again, nothing written.
      expect(answer(await submit(submission, `tap-${n}`))).toEqual(answer(answers[0]!));
      expect(await rows()).toBe(before + batch);

      // One submission of the same kind, sent once with a key of its own, writes as much as the ten did.
      const single = await CREATES[operationId]!(world, (n += 1));
      const beforeSingle = await rows();
      const measuredBeforeSingle = await single.measure?.();
      expect((await submit(single, `once-${n}`)).statusCode).toBe(answers[0]!.statusCode);
      expect({ batch, rowsPerSubmission: (await rows()) - beforeSingle }).toEqual({ batch, rowsPerSubmission: batch });
      if (single.measure) expect((await single.measure()) - measuredBeforeSingle!).toBe(measuredBatch);
      expect(batch).toBeGreaterThan(0);
    },
    60_000,
  );

  it('refuses the same key with another body with a 422 in Chinese, and writes nothing', async () => {
    const first = await post(
      '/api/notices',
      { category: 'news', title: '第一份', body: '正文' },
      { 'idempotency-key': 'reused' },
    );
    expect(first.statusCode).toBe(201);
    const before = await rows();
    const second = await post(
      '/api/notices',
      { category: 'news', title: '另一份', body: '正文' },
      { 'idempotency-key': 'reused' },
    );
    expect(second.statusCode).toBe(422);
    expect(second.json().message).toBe('这次提交的内容与先前同一次提交不同，请重新填写后再提交');
    expect(await rows()).toBe(before);
  });

  it('keeps an answer for 24 hours: after that the same key makes a new record', async () => {
    const payload = { category: 'news', title: '隔天再发', body: '正文' };
    const first = await post('/api/notices', payload, { 'idempotency-key': 'day-old' });
    await t.db.query(`UPDATE idempotency_keys SET created_at = now() - interval '23 hours' WHERE key = 'day-old'`);
    expect((await post('/api/notices', payload, { 'idempotency-key': 'day-old' })).json().id).toBe(first.json().id);
    await t.db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'day-old'`);
    const later = await post('/api/notices', payload, { 'idempotency-key': 'day-old' });
    expect(later.statusCode).toBe(201);
    expect(later.json().id).not.toBe(first.json().id);
  });

  it('refuses a malformed key with a 400 in Chinese', async () => {
    const response = await post(
      '/api/notices',
      { category: 'news', title: '标题', body: '正文' },
      { 'idempotency-key': '键 with spaces' },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/Idempotency-Key/);
  });

  it('keeps the key to the member who sent it', async () => {
    const tree = await createUnionTree(t.db);
    const other = await signIn(t.app, await createMember(t.db, tree.schoolId, { roles: ['staff'] }));
    const mine = await post(
      '/api/notices',
      { category: 'news', title: '同一个键', body: '正文' },
      { 'idempotency-key': 'shared-key' },
    );
    const theirs = await post(
      '/api/notices',
      { category: 'news', title: '同一个键', body: '正文' },
      { ...other, 'idempotency-key': 'shared-key' },
    );
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(theirs.json().id).not.toBe(mine.json().id);
  });
});

describe('a member’s own double tap without a key', () => {
  it('answers a second identical help request with the first one, and ten at once make one case', async () => {
    const tree = await createUnionTree(t.db);
    const member = await signIn(t.app, await createMember(t.db, tree.schoolId));
    const categories = (await t.app.inject({ method: 'GET', url: '/api/help/categories', headers: member })).json()
      .items;
    const payload = {
      categoryId: categories[0].id,
      title: '家中老人住院',
      description: '需要请假照顾',
      urgency: 'normal',
      contactPreference: 'message',
    };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.app.inject({ method: 'POST', url: '/api/help/requests', headers: member, payload }),
      ),
    );
    expect(new Set(answers.map((r) => r.json().id)).size).toBe(1);
    const later = await t.app.inject({ method: 'POST', url: '/api/help/requests', headers: member, payload });
    expect(later.json().id).toBe(answers[0]!.json().id);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/help/requests',
      headers: member,
      payload: { ...payload, title: '另一件事' },
    });
    expect(other.json().id).not.toBe(answers[0]!.json().id);
  });

  // What a member is told when someone else took the place first; their own repeat must never read so.
  const SOMEONE_ELSE = /刚刚被|被(他人|别人|其他人)|已被预约|已约满|已满|请换一个/;
  it.each(Object.keys(CREATES))(
    '%s sent twice by the same member without a key: the repeat is answered alike or told it is their own',
    async (operationId) => {
      const submission = await CREATES[operationId]!(world, (repeats += 1) + 1000);
      const send = () => submit(submission, null);
      const first = await send();
      const again = await send();
      expect(first.statusCode).toBeLessThan(300);
      if (again.statusCode < 300) return;
      expect({ status: again.statusCode, message: again.json().message }).toEqual({
        status: 409,
        message: expect.not.stringMatching(SOMEONE_ELSE),
      });
    },
  );

  it('tells a member who requests their own counselling slot again that it is theirs', async () => {
    const s = await counsellingSchool(t.app, t.db);
    await consent(t.app, s.a);
    standAt('2030-03-04', '09:00');
    await book(t.app, s.a, s.xId, iso(TUESDAY, '10:00'));
    const again = await request(t.app, s.a, { counsellorId: s.xId, startsAt: iso(TUESDAY, '10:00') });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('您已预约了这个时段，可在「我的咨询」中查看');
    await consent(t.app, s.b);
    const someoneElse = await request(t.app, s.b, { counsellorId: s.xId, startsAt: iso(TUESDAY, '10:00') });
    expect(someoneElse.json().message).toBe('这个时段刚刚被预约了，请换一个时间');
  });
});
