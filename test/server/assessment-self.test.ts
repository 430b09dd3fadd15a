import { createMember, signIn } from '../support/factories';
import { assessmentSuite, insertHelpCases, rowCounter, YEAR } from './assessment-fixtures';
import { beijingDay, customAnswers, signedInMembers, surveyApi } from './survey-fixtures';
import { createCityTree } from './unions-fixtures';

const { t, api } = assessmentSuite();
const count = rowCounter(t);

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
