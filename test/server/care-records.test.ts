import { createMember, signIn } from '../support/factories';
import { careHelpers, careSuite, YEAR } from './care-fixtures';
import { beijingDay } from './survey-fixtures';

const { t } = careSuite();
const { call, visit, count, school } = careHelpers(t);

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
