import { operationsOf } from '../support/fuzz/malformed-requests';
import { sampleOf } from '../support/fuzz/schema-samples';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { book, consent, counsellingSchool, iso, request, standAt, TUESDAY } from './counselling-fixtures';

let t: TestApp;
let officer: Record<string, string>;
let rows: () => Promise<number>;

beforeAll(async () => {
  t = await createTestApp();
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
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: { ...officer, ...headers }, payload: payload as object });
const answer = (r: { statusCode: number; body: string }) => ({ status: r.statusCode, body: r.body });

describe('Idempotency-Key on every create operation', () => {
  it('answers ten concurrent identical submissions with one key alike and creates one record', async () => {
    const doc = t.app.swagger() as unknown as Parameters<typeof operationsOf>[0];
    const categories = (await t.app.inject({ method: 'GET', url: '/api/help/categories', headers: officer })).json()
      .items;
    // Bodies the schema alone cannot make valid (an id that must exist).
    const valid: Record<string, unknown> = {
      createHelpRequest: {
        categoryId: categories[0].id,
        title: '求助',
        description: '说明',
        urgency: 'normal',
        contactPreference: 'message',
      },
    };
    const creates = operationsOf(doc).filter((op) => op.method === 'POST' && op.body && !op.pathParams.length);
    const created: string[] = [];
    for (const [n, op] of creates.entries()) {
      const body = valid[op.operationId] ?? sampleOf(op.body);
      const before = await rows();
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => post(op.path, body, { 'idempotency-key': `batch-${n}` })),
      );
      const afterBatch = await rows();
      expect({ op: op.operationId, answers: answers.map(answer) }).toEqual({
        op: op.operationId,
        answers: Array(10).fill(answer(answers[0]!)),
      });
      // The same key later: the same answer again, nothing written.
      expect(answer(await post(op.path, body, { 'idempotency-key': `batch-${n}` }))).toEqual(answer(answers[0]!));
      expect(await rows()).toBe(afterBatch);
      if (answers[0]!.statusCode !== 201) continue;
      // One submission under a fresh key writes as much as the whole batch did: the batch created one record.
      const single = await post(op.path, body, { 'idempotency-key': `single-${n}` });
      // (A help request's own-duplicate guard answers the first case again: nothing to compare.)
      const fresh = single.statusCode === 201 && single.body !== answers[0]!.body;
      if (fresh)
        expect({ op: op.operationId, rows: afterBatch - before }).toEqual({
          op: op.operationId,
          rows: (await rows()) - afterBatch,
        });
      created.push(op.operationId);
    }
    expect(created).toEqual(
      expect.arrayContaining([
        'createNotice',
        'createHelpRequest',
        'createHelpCategory',
        'createUnionClosedDays',
        'createClub',
        'createBranch',
      ]),
    );
  }, 120_000);

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
