import { randomUUID } from 'node:crypto';
import { createCareReminders } from '../../server/src/jobs/care-reminders';
import { setClock } from '../../server/src/clock';
import { createMember, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { beijingDay } from './survey-fixtures';
import { createCityTree } from './unions-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Headers = Record<string, string>;
const YEAR = Number(beijingDay(0).slice(0, 4));
const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: object) =>
  t.app.inject({ method, url: `/api/care${url}`, headers, ...(payload ? { payload } : {}) });
const visit = (memberId: number, overrides: Record<string, unknown> = {}) => ({
  requestId: randomUUID(),
  memberId,
  kind: 'hospital',
  careDate: beijingDay(0),
  visitors: '王建国、李秀梅',
  amount: 500,
  gifts: '水果、鲜花',
  note: '术后恢复良好',
  ...overrides,
});
const count = async (sql: string, params: unknown[]) =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

async function school() {
  const tree = await createCityTree(t);
  const member = await createMember(t.db, tree.schoolIds[0]!, { name: '住院的老师' });
  return { tree, staff: tree.schools[0]!, member };
}

describe('recording care', () => {
  it('records a 住院慰问 once, however often the same request arrives', async () => {
    const { tree, staff, member } = await school();
    const body = visit(member.id);
    const first = await call('POST', '/records', staff, body);
    const again = await call('POST', '/records', staff, body);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(first.json()).toMatchObject({
      memberName: '住院的老师',
      kindLabel: '住院慰问',
      group: 'five_visits',
      amount: 500,
      careDate: beijingDay(0),
    });
    expect(again.json().id).toBe(first.json().id);
    expect(await count(`care_records WHERE union_id = $1`, [tree.schoolIds[0]])).toBe(1);
    const list = (await call('GET', `/records?year=${YEAR}`, staff)).json();
    expect(list.items.map((r: { id: number }) => r.id)).toEqual([first.json().id]);
  });

  it('refuses bad input in Chinese and writes nothing', async () => {
    const { tree, staff, member } = await school();
    const stranger = await createMember(t.db, tree.schoolIds[1]!);
    const cases: [object, string][] = [
      [visit(member.id, { careDate: beijingDay(2) }), '慰问日期不能晚于今天'],
      [visit(stranger.id), '所选会员不在本会名册中'],
      [visit(member.id, { kind: 'no-such' }), '请选择本会启用的慰问类别'],
    ];
    for (const [body, message] of cases) {
      const res = await call('POST', '/records', staff, body);
      expect([res.statusCode, res.json().message]).toEqual([400, message]);
    }
    const negative = await call('POST', '/records', staff, visit(member.id, { amount: -1 }));
    expect(negative.statusCode).toBe(400);
    expect(negative.json().message).toMatch(/金额/);
    expect(await count(`care_records WHERE union_id = $1`, [tree.schoolIds[0]])).toBe(0);
  });

  it('is for the school’s staff and chair only: not members, not another school, not the upper union', async () => {
    const { tree, staff, member } = await school();
    await call('POST', '/records', staff, visit(member.id));
    const plain = await signIn(t.app, member);
    for (const headers of [plain, tree.districts[0]!]) {
      for (const [method, url] of [
        ['GET', '/records'],
        ['GET', '/hardship'],
        ['GET', '/kinds'],
        ['GET', '/suggestions'],
      ] as const) {
        const res = await call(method, url, headers);
        expect([res.statusCode, res.json().message]).toEqual([403, '只有本校工会干事或主席可以查看和记录慰问']);
      }
      expect((await call('POST', '/records', headers, visit(member.id))).statusCode).toBe(403);
    }
    expect((await call('GET', '/records', tree.schools[1]!)).json().items).toEqual([]);
    expect((await call('GET', '/summary', plain)).statusCode).toBe(403);
  });

  it('lets a union adapt its kinds; earlier records keep the name they were recorded under', async () => {
    const { staff, member } = await school();
    const old = (await call('POST', '/records', staff, visit(member.id, { kind: 'birth' }))).json();
    const kinds = (await call('GET', '/kinds', staff)).json().items;
    const adapted = kinds.map((k: { code: string }) =>
      k.code === 'birth' ? { ...k, label: '生育祝贺' } : k.code === 'wedding' ? { ...k, active: false } : k,
    );
    adapted.push({ code: 'illness', label: '重病慰问', group: 'five_visits', active: true });
    expect((await call('PUT', '/kinds', staff, { items: adapted })).statusCode).toBe(200);
    expect((await call('POST', '/records', staff, visit(member.id, { kind: 'wedding' }))).json().message).toBe(
      '请选择本会启用的慰问类别',
    );
    expect((await call('POST', '/records', staff, visit(member.id, { kind: 'illness' }))).json().kindLabel).toBe(
      '重病慰问',
    );
    const list = (await call('GET', `/records?memberId=${member.id}`, staff)).json().items;
    expect(list.find((r: { id: number }) => r.id === old.id).kindLabel).toBe('生育慰问');
    const twice = await call('PUT', '/kinds', staff, { items: [...adapted, adapted[0]] });
    expect([twice.statusCode, twice.json().message]).toEqual([400, '慰问类别的编号不能重复']);
  });
});

describe('help cases and the 困难职工 list', () => {
  it('suggests a visit after a resolved 大病医疗 case until one is recorded for it', async () => {
    const { tree, staff, member } = await school();
    const [category] = await t.db.query<{ id: number }>(
      `INSERT INTO help_categories (union_id, name) VALUES ($1, '大病医疗') RETURNING id`,
      [tree.schoolIds[0]],
    );
    const [helpCase] = await t.db.query<{ id: number }>(
      `INSERT INTO help_requests (union_id, member_id, category_id, title, description, urgency, contact_preference, status, handler_id, response_due_on,
                                  resolved_at, outcome, created_at, updated_at)
       VALUES ($1, $2, $3, '住院费用', '说明', 'urgent', 'phone', 'resolved', $2, current_date, now(), '已补助', now(), now()) RETURNING id`,
      [tree.schoolIds[0], member.id, category!.id],
    );
    expect((await call('GET', '/suggestions', staff)).json().items).toEqual([
      expect.objectContaining({ helpCaseId: helpCase!.id, memberName: '住院的老师', category: '大病医疗' }),
    ]);
    const other = await createMember(t.db, tree.schoolIds[0]!);
    const wrong = await call('POST', '/records', staff, visit(other.id, { helpCaseId: helpCase!.id }));
    expect([wrong.statusCode, wrong.json().message]).toEqual([400, '关联的求助不是这位会员在本会提交的']);
    // From the case page the member is not sent: the case's member is the one visited.
    const { memberId: _left, ...fromCase } = visit(member.id, { helpCaseId: helpCase!.id });
    const recorded = (await call('POST', '/records', staff, fromCase)).json();
    expect([recorded.helpCaseId, recorded.memberId]).toEqual([helpCase!.id, member.id]);
    const { memberId: _none, ...nobody } = visit(member.id);
    expect((await call('POST', '/records', staff, nobody)).json().message).toBe('请选择受慰问的会员');
    expect((await call('GET', '/suggestions', staff)).json().items).toEqual([]);
  });

  it('keeps the list with cause and review date, and reminds staff once before 教师节', async () => {
    const { tree, staff, member } = await school();
    const flag = (body: object) => call('PUT', `/hardship/${member.id}`, staff, body);
    expect((await flag({ cause: ' ', reviewOn: beijingDay(30) })).json().message).toBe('请填写困难原因');
    expect((await flag({ cause: '配偶重病', reviewOn: beijingDay(-1) })).json().message).toBe('复核日期不能早于今天');
    await flag({ cause: '配偶重病', reviewOn: beijingDay(0) });
    const list = (await flag({ cause: '配偶重病，子女上学', reviewOn: beijingDay(0) })).json().items;
    expect(list).toEqual([
      expect.objectContaining({ memberId: member.id, cause: '配偶重病，子女上学', reviewDue: true, lastCareOn: null }),
    ]);

    setClock(() => new Date('2031-09-01T09:00:00+08:00'));
    const reminders = createCareReminders({ db: t.db, templates: {} });
    expect(await reminders.runOnce()).toBeGreaterThanOrEqual(1);
    expect(await reminders.runOnce()).toBe(0);
    const messages = await t.db.query<{ title: string; body: string }>(
      `SELECT n.title, n.body FROM notifications n JOIN member_roles r ON r.member_id = n.member_id WHERE r.union_id = $1 AND n.kind = 'care'`,
      [tree.schoolIds[0]],
    );
    expect(messages).toEqual([{ title: '教师节慰问提醒：困难职工 1 人', body: expect.stringContaining('9月10日') }]);
    setClock(() => new Date('2031-06-01T09:00:00+08:00'));
    expect(await createCareReminders({ db: t.db, templates: {} }).runOnce()).toBe(0);
    setClock(null);

    expect((await call('DELETE', `/hardship/${member.id}`, staff)).statusCode).toBe(204);
    expect((await call('DELETE', `/hardship/${member.id}`, staff)).statusCode).toBe(204);
    expect((await call('GET', '/hardship', staff)).json().items).toEqual([]);
  });
});

describe('yearly totals', () => {
  it('adds up by kind for the school, as the annual workbook does, and by school for the city, without names', async () => {
    const { tree, staff, member } = await school();
    await call('POST', '/records', staff, visit(member.id, { amount: 500 }));
    await call('POST', '/records', staff, visit(member.id, { kind: 'festival', amount: 300.5 }));
    await call('POST', '/records', staff, visit(member.id, { kind: 'education', amount: 1000 }));
    const other = await createMember(t.db, tree.schoolIds[3]!);
    await call('POST', '/records', tree.schools[3]!, visit(other.id, { kind: 'retirement', amount: 200 }));

    const mine = (await call('GET', `/summary?year=${YEAR}`, staff)).json();
    expect(mine.totals).toEqual({ count: 3, amount: 1800.5 });
    expect(mine.byKind.map((k: { label: string }) => k.label).sort()).toEqual(
      ['住院慰问', '节日慰问', '金秋助学'].sort(),
    );
    const annual = (
      await t.app.inject({ method: 'GET', url: `/api/admin/annual-report/contents?year=${YEAR}`, headers: staff })
    ).json();
    const figure = (label: string) => annual.figures.find((f: { label: string }) => f.label === label).value;
    expect([
      figure('五必访（次）'),
      figure('节日慰问（次）'),
      figure('助学（次）'),
      figure('慰问合计（次）'),
      figure('慰问金额（元）'),
    ]).toEqual([1, 1, 1, 3, 1800.5]);

    const city = await call('GET', `/summary?year=${YEAR}`, tree.city);
    expect(city.json().totals).toEqual({ count: 4, amount: 2000.5 });
    expect(city.json().schools.map((s: { count: number }) => s.count)).toEqual([3, 0, 0, 1]);
    expect(city.json().byGroup.find((g: { group: string }) => g.group === 'five_visits')).toMatchObject({
      label: '五必访',
      count: 2,
      amount: 700,
    });
    expect(city.body).not.toContain('住院的老师');
    const district = (await call('GET', `/summary?year=${YEAR}`, tree.districts[1]!)).json();
    expect(district.totals).toEqual({ count: 1, amount: 200 });
  });
});

describe('the member’s own data', () => {
  it('shows the member the care they received, and erasure keeps the totals while clearing staff’s note and the hardship flag', async () => {
    const { staff, member } = await school();
    await call('POST', '/records', staff, visit(member.id));
    await call('PUT', `/hardship/${member.id}`, staff, { cause: '家庭困难', reviewOn: beijingDay(30) });
    const headers = await signIn(t.app, member);
    const response = await t.app.inject({ method: 'GET', url: '/api/me/privacy', headers });
    if (response.statusCode !== 200) throw new Error(response.body);
    const data = response.json();
    const care = data.sections.find((s: { key: string }) => s.key === 'careReceived');
    expect(care.count).toBe(1);
    expect(care.items[0]).toMatchObject({ title: '住院慰问', detail: '王建国、李秀梅 · 500 元 · 水果、鲜花' });
    expect(JSON.stringify(data)).not.toContain('术后恢复良好');
    expect(JSON.stringify(data)).not.toContain('家庭困难');

    const before = (await call('GET', `/summary?year=${YEAR}`, staff)).json().totals;
    const erase = await t.app.inject({
      method: 'DELETE',
      url: '/api/me/privacy/account',
      headers,
      payload: { confirm: true },
    });
    expect(erase.statusCode).toBeLessThan(300);
    expect((await call('GET', `/summary?year=${YEAR}`, staff)).json().totals).toEqual(before);
    expect(await t.db.query(`SELECT note FROM care_records WHERE member_id = $1`, [member.id])).toEqual([{ note: '' }]);
    expect(await count(`hardship_members WHERE member_id = $1`, [member.id])).toBe(0);
  });
});

describe('the API document', () => {
  it('names the operations of unions, 建家评家 and 送温暖', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { operationId?: string }>>;
    }>();
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(ids).toEqual(
      expect.arrayContaining([
        'listUnions',
        'createUnion',
        'getAssessmentStandard',
        'updateAssessmentStandard',
        'openAssessmentRound',
        'getSelfAssessment',
        'saveSelfAssessmentItem',
        'submitSelfAssessment',
        'reviewSelfAssessment',
        'getAssessmentRollup',
        'exportAssessmentRollup',
        'listCareRecords',
        'recordCare',
        'getCareSummary',
      ]),
    );
  });
});
