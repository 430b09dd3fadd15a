import ExcelJS from 'exceljs';
import { createMember, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { assessmentApi, insertHelpCases, SMALL_STANDARD, YEAR } from './assessment-fixtures';
import { beijingDay, customAnswers, signedInMembers, surveyApi } from './survey-fixtures';
import { createCityTree } from './unions-fixtures';

let t: TestApp;
let api: ReturnType<typeof assessmentApi>;
beforeAll(async () => {
  t = await createTestApp();
  api = assessmentApi(t.app);
});
afterAll(() => t.close());

const count = async (sql: string, params: unknown[]) =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

describe('the standard', () => {
  it('starts from the built-in standard, which a district inherits from its city once the city adapts it', async () => {
    const tree = await createCityTree(t);
    const builtin = (await api.call('GET', '/standard', tree.districts[0]!)).json();
    expect(builtin.source).toBe('builtin');
    expect(builtin.totalPoints).toBe(100);
    expect(new Set(builtin.items.map((i: { area: string }) => i.area))).toEqual(
      new Set(['组织建设', '民主管理', '维权服务', '职工之家阵地', '文体活动', '会员评议']),
    );

    expect((await api.call('PUT', '/standard', tree.city, SMALL_STANDARD)).statusCode).toBe(200);
    const inherited = (await api.call('GET', '/standard', tree.districts[0]!)).json();
    expect([inherited.source, inherited.totalPoints]).toEqual(['inherited', 15]);
    expect((await api.call('GET', '/standard', tree.city)).json().source).toBe('own');
  });

  it('refuses a standard with a repeated item, in Chinese, and keeps the old one', async () => {
    const tree = await createCityTree(t);
    await api.call('PUT', '/standard', tree.districts[0]!, SMALL_STANDARD);
    const twice = { items: [SMALL_STANDARD.items[0], { ...SMALL_STANDARD.items[1], key: 'rig-3' }] };
    const res = await api.call('PUT', '/standard', tree.districts[0]!, twice);
    expect([res.statusCode, res.json().message]).toEqual([400, '第 2 条的编号「rig-3」与前面的条目重复']);
    expect((await api.call('GET', '/standard', tree.districts[0]!)).json().items).toEqual(SMALL_STANDARD.items);
    const bySchool = await api.call('PUT', '/standard', tree.schools[0]!, SMALL_STANDARD);
    expect([bySchool.statusCode, bySchool.json().message]).toEqual([403, '只有上级工会可以查看和修订评价标准']);
  });
});

describe('opening a round', () => {
  it('opens one round a year however often it is sent, and names the conflict when the title differs', async () => {
    const tree = await createCityTree(t);
    const id = await api.openRound(tree.districts[0]!);
    const again = await api.call('POST', '/rounds', tree.districts[0]!, {
      year: YEAR,
      title: `${YEAR}年度建家评家`,
      opensOn: beijingDay(-1),
      closesOn: beijingDay(10),
    });
    expect([again.statusCode, again.json().id]).toEqual([200, id]);
    const other = await api.call('POST', '/rounds', tree.districts[0]!, {
      year: YEAR,
      title: '另一次',
      opensOn: beijingDay(-1),
      closesOn: beijingDay(10),
    });
    expect([other.statusCode, other.json().message]).toEqual([
      409,
      `本工会${YEAR}年度的建家评家已经开启（${YEAR}年度建家评家）`,
    ]);
    const backwards = await api.call('POST', '/rounds', tree.districts[1]!, {
      year: YEAR,
      title: '评家',
      opensOn: beijingDay(3),
      closesOn: beijingDay(1),
    });
    expect([backwards.statusCode, backwards.json().message]).toEqual([400, '截止日期不能早于开始日期']);
    expect(await count(`assessment_rounds WHERE union_id = ANY($1::int[])`, [tree.districtIds])).toBe(1);
    const bySchool = await api.call('POST', '/rounds', tree.schools[0]!, {
      year: YEAR,
      title: '评家',
      opensOn: beijingDay(0),
      closesOn: beijingDay(1),
    });
    expect(bySchool.statusCode).toBe(403);
  });

  it('shows the round to the schools below the district and not to the neighbour district’s schools or members', async () => {
    const tree = await createCityTree(t);
    const id = await api.openRound(tree.districts[0]!);
    const ids = async (headers: Record<string, string>) =>
      (await api.call('GET', '/rounds', headers)).json().items.map((r: { id: number }) => r.id);
    expect(await ids(tree.schools[0]!)).toEqual([id]);
    expect(await ids(tree.schools[2]!)).toEqual([]);
    expect(await ids(tree.city)).toEqual([id]);
    const member = await signIn(t.app, await createMember(t.db, tree.schoolIds[0]!));
    expect((await api.call('GET', '/rounds', member)).statusCode).toBe(403);
  });
});

describe('a school’s self-assessment', () => {
  it('fills in the help desk’s figures exactly as the annual workbook counts them', async () => {
    const tree = await createCityTree(t);
    const member = await createMember(t.db, tree.schoolIds[0]!);
    await insertHelpCases(t.db, tree.schoolIds[0]!, member.id, [
      'satisfied',
      'basically_satisfied',
      'dissatisfied',
      null,
    ]);
    const roundId = await api.openRound(tree.districts[0]!);
    const view = (await api.get(tree.schools[0]!, roundId, tree.schoolIds[0]!)).json();
    const help = view.items.find((i: { key: string }) => i.key === 'rig-3').figures;
    const annual = (
      await t.app.inject({
        method: 'GET',
        url: `/api/admin/annual-report/contents?year=${YEAR}`,
        headers: tree.schools[0]!,
      })
    ).json();
    const expected = annual.figures
      .filter((f: { section: string }) => f.section === '困难帮扶')
      .map((f: { label: string; value: number }) => ({
        label: f.label.replace(/（.+）$/, ''),
        value: f.value,
        unit: /（(.+)）$/.exec(f.label)![1],
      }));
    expect(help).toEqual(expected);
    expect(help.map((f: { value: number }) => f.value)).toEqual([4, 3, 2, 3]);
  });

  it('fills in 参评率 and 满意率 as the evaluation’s own results show them', async () => {
    const tree = await createCityTree(t);
    const surveys = surveyApi(t.app);
    const survey = await surveys.createOpen(tree.schools[0]!);
    for (const [i, m] of (await signedInMembers(t, tree.schoolIds[0]!, 6)).entries()) {
      await surveys.submit(
        m.headers,
        survey,
        customAnswers(await surveys.questions(m.headers, survey), 4, [0, 1, 2, 0, 0, 2][i]!),
      );
    }
    // Sealed answers are counted in random batches of five or more; closing counts them all.
    expect((await surveys.close(tree.schools[0]!, survey)).statusCode).toBe(200);
    await api.call('PUT', '/standard', tree.districts[0]!, {
      items: [{ key: 'eva-1', area: '会员评议', title: '会员评家', points: 10, evidence: '', figure: 'survey' }],
    });
    const roundId = (
      await api.call('POST', '/rounds', tree.districts[0]!, {
        year: YEAR,
        title: '评家',
        opensOn: beijingDay(0),
        closesOn: beijingDay(5),
      })
    ).json().id;
    const figures = (await api.get(tree.schools[0]!, roundId, tree.schoolIds[0]!)).json().items[0].figures;
    const rollup = (await surveys.call('GET', `/api/surveys/rollup?year=${YEAR}`, tree.districts[0]!)).json()
      .schools[0];
    expect(figures).toEqual([
      { label: '参评人数', value: rollup.answered, unit: '人' },
      { label: '参评率', value: rollup.turnoutRate, unit: '%' },
      { label: '满意率', value: rollup.satisfactionRate, unit: '%' },
    ]);
    expect(rollup.satisfactionRate).toBe(66.7);
  });

  it('needs every item and the leadership’s rating before it can be submitted', async () => {
    const tree = await createCityTree(t);
    const roundId = await api.openRound(tree.districts[0]!);
    await api.save(tree.schools[0]!, roundId, tree.schoolIds[0]!, 'rig-3', 8);
    const early = await api.submit(tree.schools[0]!, roundId, tree.schoolIds[0]!);
    expect([early.statusCode, early.json().message]).toEqual([400, '还有 1 条未自评：组织建设']);
    await api.save(tree.schools[0]!, roundId, tree.schoolIds[0]!, 'org-1', 5);
    const noLeadership = await api.submit(tree.schools[0]!, roundId, tree.schoolIds[0]!);
    expect([noLeadership.statusCode, noLeadership.json().message]).toEqual([400, '请先填写党政评价']);
    const tooHigh = await api.save(tree.schools[0]!, roundId, tree.schoolIds[0]!, 'org-1', 6);
    expect([tooHigh.statusCode, tooHigh.json().message]).toEqual([400, '自评分不能超过该条的分值 5 分']);
    const unknown = await api.save(tree.schools[0]!, roundId, tree.schoolIds[0]!, 'no-such', 1);
    expect([unknown.statusCode, unknown.json().message]).toEqual([404, '本次评家没有这个考核条目']);
    const view = (await api.get(tree.schools[0]!, roundId, tree.schoolIds[0]!)).json();
    expect([view.status, view.selfTotal]).toEqual(['draft', 13]);
  });

  it('is read-only once submitted, and a second submit changes nothing', async () => {
    const tree = await createCityTree(t);
    const roundId = await api.openRound(tree.districts[0]!);
    await api.fillAndSubmit(tree.schools[0]!, roundId, tree.schoolIds[0]!);
    const twice = await api.submit(tree.schools[0]!, roundId, tree.schoolIds[0]!);
    expect([twice.statusCode, twice.json().status, twice.json().editable]).toEqual([200, 'submitted', false]);
    expect(
      await count(`audit_log WHERE action = 'assessment.self.submit' AND union_id = $1`, [tree.schoolIds[0]]),
    ).toBe(1);
    const edit = await api.save(tree.schools[0]!, roundId, tree.schoolIds[0]!, 'rig-3', 2);
    expect([edit.statusCode, edit.json().message]).toEqual([409, '自评已提交，不能再修改；如需修改，请上级工会退回']);
    expect((await api.leadership(tree.schools[0]!, roundId, tree.schoolIds[0]!, 'poor')).statusCode).toBe(409);
    const view = (await api.get(tree.districts[0]!, roundId, tree.schoolIds[0]!)).json();
    expect([view.selfTotal, view.leadership.rating, view.reviewable]).toEqual([13.5, 'good', true]);
  });

  it('lets only the school’s own officers fill it in, and hides it from other schools and districts', async () => {
    const tree = await createCityTree(t);
    const roundId = await api.openRound(tree.districts[0]!);
    const save = (headers: Record<string, string>) => api.save(headers, roundId, tree.schoolIds[0]!, 'rig-3', 5);
    expect((await save(tree.schools[1]!)).statusCode).toBe(403);
    const byDistrict = await save(tree.districts[0]!);
    expect([byDistrict.statusCode, byDistrict.json().message]).toEqual([403, '只有本校工会干事或主席可以填写自评']);
    const member = await signIn(t.app, await createMember(t.db, tree.schoolIds[0]!));
    expect((await save(member)).statusCode).toBe(403);
    expect((await api.get(tree.schools[1]!, roundId, tree.schoolIds[0]!)).json().message).toBe(
      '您没有权限查看这所学校的自评',
    );
    expect((await api.get(tree.districts[1]!, roundId, tree.schoolIds[0]!)).statusCode).toBe(403);
    expect((await api.get(tree.schools[2]!, roundId, tree.schoolIds[2]!)).json().message).toBe(
      '这所学校不在本次评家范围内',
    );
    expect(
      await count(`self_assessment_items i JOIN self_assessments a ON a.id = i.assessment_id WHERE a.round_id = $1`, [
        roundId,
      ]),
    ).toBe(0);
  });
});

describe('the upper union’s review', () => {
  it('lets only the union that opened the round review; the city above it may look but not review', async () => {
    const tree = await createCityTree(t);
    const roundId = await api.openRound(tree.districts[0]!);
    await api.fillAndSubmit(tree.schools[0]!, roundId, tree.schoolIds[0]!);
    for (const headers of [tree.city, tree.schools[0]!]) {
      const res = await api.accept(headers, roundId, tree.schoolIds[0]!);
      expect([res.statusCode, res.json().message]).toEqual([403, '只有开启本次评家的上级工会可以评审']);
    }
    expect((await api.get(tree.city, roundId, tree.schoolIds[0]!)).json().reviewable).toBe(false);
    expect((await api.accept(tree.districts[1]!, roundId, tree.schoolIds[0]!)).statusCode).toBe(403);
    expect(await count(`self_assessments WHERE round_id = $1 AND status = 'submitted'`, [roundId])).toBe(1);
  });

  it('returns for changes, takes the school’s corrections, then accepts with a result the round offers', async () => {
    const tree = await createCityTree(t);
    const district = tree.districts[0]!;
    const roundId = await api.openRound(district);
    await api.fillAndSubmit(tree.schools[0]!, roundId, tree.schoolIds[0]!);
    const bare = await api.review(district, roundId, tree.schoolIds[0]!, {
      decision: 'return',
      items: [],
      comment: ' ',
    });
    expect([bare.statusCode, bare.json().message]).toEqual([400, '退回时请在总体意见中写明需要修改的地方']);
    const returned = await api.review(district, roundId, tree.schoolIds[0]!, {
      decision: 'return',
      items: [{ key: 'org-1', score: 3, comment: '缺少女工委名单' }],
      comment: '请补充组织建设材料',
    });
    expect([returned.statusCode, returned.json().status]).toEqual([200, 'returned']);
    const schoolView = (await api.get(tree.schools[0]!, roundId, tree.schoolIds[0]!)).json();
    expect([schoolView.editable, schoolView.reviewComment, schoolView.items[1].reviewComment]).toEqual([
      true,
      '请补充组织建设材料',
      '缺少女工委名单',
    ]);
    const message = await t.db.query<{ title: string }>(
      `SELECT n.title FROM notifications n JOIN member_roles r ON r.member_id = n.member_id WHERE r.union_id = $1 AND n.kind = 'assessment'`,
      [tree.schoolIds[0]],
    );
    expect(message.map((m) => m.title)).toEqual([`${YEAR}年度建家评家：自评被退回修改`]);

    await api.save(tree.schools[0]!, roundId, tree.schoolIds[0]!, 'org-1', 5, '已补充女工委名单');
    expect((await api.submit(tree.schools[0]!, roundId, tree.schoolIds[0]!)).json().status).toBe('submitted');
    const wrongResult = await api.accept(district, roundId, tree.schoolIds[0]!, '特等');
    expect([wrongResult.statusCode, wrongResult.json().message]).toEqual([400, '请选择评定等次：合格、先进、示范']);
    const partial = await api.review(district, roundId, tree.schoolIds[0]!, {
      decision: 'accept',
      result: '先进',
      comment: '',
      items: [{ key: 'rig-3', score: 8, comment: '' }],
    });
    expect([partial.statusCode, partial.json().message]).toEqual([400, '还有 1 条未评分，评定前请逐条评分']);
    const accepted = await api.accept(district, roundId, tree.schoolIds[0]!);
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      result: '先进',
      reviewTotal: 13,
      editable: false,
      reviewable: false,
    });
    const again = await api.accept(district, roundId, tree.schoolIds[0]!);
    expect(again.statusCode).toBe(200);
    expect(
      await count(`audit_log WHERE action = 'assessment.self.accept' AND union_id = $1`, [tree.districtIds[0]]),
    ).toBe(1);
  });
});

describe('roll-ups at every level', () => {
  it('rolls a city round up for the city over both districts, and for each district over its own schools only', async () => {
    const tree = await createCityTree(t);
    const roundId = await api.openRound(tree.city);
    await api.fillAndSubmit(tree.schools[0]!, roundId, tree.schoolIds[0]!, [9, 4]);
    await api.fillAndSubmit(tree.schools[2]!, roundId, tree.schoolIds[2]!, [7, 5]);
    await api.accept(tree.city, roundId, tree.schoolIds[2]!, '合格', [6, 5]);
    // The district sees its school's self-assessment in the city's round, but the city reviews.
    expect((await api.accept(tree.districts[0]!, roundId, tree.schoolIds[0]!)).statusCode).toBe(403);

    const city = (await api.call('GET', `/rounds/${roundId}/rollup`, tree.city)).json();
    expect(city.schools.map((s: { unionId: number }) => s.unionId)).toEqual(tree.schoolIds);
    expect(city.schools.map((s: { status: string }) => s.status)).toEqual([
      'submitted',
      'not_started',
      'accepted',
      'not_started',
    ]);
    expect(city.schools.map((s: { selfTotal: number | null }) => s.selfTotal)).toEqual([13, null, 12, null]);
    expect(city.schools[2]).toMatchObject({
      reviewTotal: 11,
      result: '合格',
      leadershipRating: 'good',
      satisfactionRate: null,
    });
    expect(city.totals).toEqual({
      schools: 4,
      submitted: 2,
      accepted: 1,
      byResult: [
        { result: '合格', count: 1 },
        { result: '先进', count: 0 },
        { result: '示范', count: 0 },
      ],
    });

    const district = (await api.call('GET', `/rounds/${roundId}/rollup`, tree.districts[1]!)).json();
    expect(district.schools.map((s: { unionId: number }) => s.unionId)).toEqual(tree.schoolIds.slice(2));
    expect(district.totals.accepted).toBe(1);
    expect((await api.call('GET', `/rounds/${roundId}/rollup`, tree.schools[0]!)).json().message).toBe(
      '只有上级工会可以查看建家评家汇总',
    );
  });

  it('keeps a district’s own round from the neighbour district and exports the roll-up as a workbook', async () => {
    const tree = await createCityTree(t);
    const roundId = await api.openRound(tree.districts[0]!);
    await api.fillAndSubmit(tree.schools[1]!, roundId, tree.schoolIds[1]!);
    expect((await api.call('GET', `/rounds/${roundId}/rollup`, tree.districts[1]!)).statusCode).toBe(404);
    expect((await api.call('GET', `/rounds/${roundId}/rollup`, tree.city)).json().schools).toHaveLength(2);
    const file = await api.call('GET', `/rounds/${roundId}/rollup.xlsx`, tree.districts[0]!);
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('建家评家汇总')!;
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      expect.stringMatching(/^甲区二中工会/),
      expect.stringMatching(/^甲区教育工会/),
      '已提交待评审',
      13.5,
      '—',
      '—',
      '较好',
      '—',
    ]);
  });
});

describe('片组互查', () => {
  it('lets the district pair schools, and the assigned school read and comment on the other’s self-assessment', async () => {
    const tree = await createCityTree(t);
    const roundId = await api.openRound(tree.districts[0]!);
    const peers = (pairs: object[], headers = tree.districts[0]!) =>
      api.call('PUT', `/rounds/${roundId}/peers`, headers, { pairs });
    const outside = await peers([{ schoolId: tree.schoolIds[0], reviewerSchoolId: tree.schoolIds[2] }]);
    expect([outside.statusCode, outside.json().message]).toEqual([400, '互查的学校须是本工会之下、参加本次评家的学校']);
    expect((await peers([{ schoolId: tree.schoolIds[0], reviewerSchoolId: tree.schoolIds[1] }])).json()).toEqual({
      pairs: 1,
    });
    expect((await peers([{ schoolId: tree.schoolIds[0], reviewerSchoolId: tree.schoolIds[1] }])).json()).toEqual({
      pairs: 1,
    });
    expect(await count(`assessment_peer_reviews WHERE round_id = $1`, [roundId])).toBe(1);

    const url = `/rounds/${roundId}/schools/${tree.schoolIds[0]}/peer-review`;
    // The page shows the comment form by this field: the peer school, not the school itself or the district.
    const seenBy = async (headers: Record<string, string>) =>
      (await api.get(headers, roundId, tree.schoolIds[0]!)).json().viewer;
    expect([await seenBy(tree.schools[1]!), await seenBy(tree.schools[0]!), await seenBy(tree.districts[0]!)]).toEqual([
      'peer',
      'school',
      'reviewer',
    ]);
    expect((await api.call('PUT', url, tree.schools[1]!, { comment: '阵地建设有特色' })).json().peerReviews).toEqual([
      expect.objectContaining({ reviewerUnionId: tree.schoolIds[1], comment: '阵地建设有特色' }),
    ]);
    // Saving the arrangement again keeps the comment of a pair it keeps, and drops a pair it leaves out.
    expect((await peers([{ schoolId: tree.schoolIds[0], reviewerSchoolId: tree.schoolIds[1] }])).statusCode).toBe(200);
    expect((await api.get(tree.districts[0]!, roundId, tree.schoolIds[0]!)).json().peerReviews).toEqual([
      expect.objectContaining({ reviewerUnionId: tree.schoolIds[1], comment: '阵地建设有特色' }),
    ]);
    expect((await api.call('PUT', url, tree.schools[0]!, { comment: '自己评自己' })).statusCode).toBe(403);
    expect((await api.save(tree.schools[1]!, roundId, tree.schoolIds[0]!, 'rig-3', 1)).statusCode).toBe(403);
    expect((await peers([])).json()).toEqual({ pairs: 0 });
    expect(await count(`assessment_peer_reviews WHERE round_id = $1`, [roundId])).toBe(0);
  });
});
