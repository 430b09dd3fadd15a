import {
  customAnswers,
  customSurvey,
  SATISFACTION,
  signedInMembers,
  surveyHelpers,
  surveySuite,
} from './survey-fixtures';

const { t, api } = surveySuite();
const { school } = surveyHelpers(t);

describe('results', () => {
  /**
   * A survey whose members (all in the first 分工会 unless told; 'none' for no 分工会) answer as
   * given. Answers are counted in batches of five and all at close, so tests of the figures close it.
   */
  type Plan = { rating: number; satisfaction: number | null; text?: string; branch?: 0 | 1 | 'none' }[];
  async function answered(plan: Plan, input: object = customSurvey(), close = true) {
    const { tree, staff } = await school();
    const id = await api.createOpen(staff, input);
    let questions: Awaited<ReturnType<typeof api.questions>> | undefined;
    for (const a of plan) {
      const [m] = await signedInMembers(t, tree.schoolId, 1, {
        branchId: a.branch === 'none' ? null : tree.branchIds[a.branch ?? 0],
      });
      questions ??= await api.questions(m!.headers, id);
      const response = await api.submit(m!.headers, id, customAnswers(questions, a.rating, a.satisfaction, a.text));
      if (response.statusCode !== 201) throw new Error(response.body);
    }
    if (close) await api.close(staff, id);
    return { id, staff, tree };
  }

  it('computes 满意率 as (满意 + 基本满意) over the valid answers to the satisfaction question', async () => {
    const optional = customSurvey({
      questions: [
        { kind: 'rating', title: '活动场地', required: true },
        { ...SATISFACTION, required: false },
      ],
    });
    // 3 满意, 2 基本满意, 1 不满意, 1 left it blank: 5 / 6 = 83.3%, under 85%.
    const plan = [0, 0, 0, 1, 1, 2, null].map((satisfaction, i) => ({ rating: (i % 5) + 1, satisfaction }));
    const { id, staff } = await answered(plan, optional);
    const results = (await api.results(staff, id)).json();
    expect(results.satisfaction).toMatchObject({
      valid: 6,
      satisfied: 3,
      basic: 2,
      unsatisfied: 1,
      rate: 83.3,
      passLine: 85,
      passed: false,
    });
    expect(results.turnout).toEqual({ audience: 8, answered: 7, rate: 87.5 });
    const rating = results.questions[0];
    expect(rating.answered).toBe(7);
    expect(rating.options.map((o: { count: number }) => o.count)).toEqual([2, 2, 1, 1, 1]);
    expect(rating.average).toBe(2.57);
    const { id: lenient, staff: officer } = await answered(plan, { ...optional, passLine: 80 });
    expect((await api.results(officer, lenient)).json().satisfaction).toMatchObject({ rate: 83.3, passed: true });
  });

  it('shows no figures at all while fewer than five have answered', async () => {
    const { id, staff } = await answered([0, 0, 1, 2].map((s) => ({ rating: 5, satisfaction: s, text: '很好' })));
    const results = (await api.results(staff, id)).json();
    expect(results).toMatchObject({ insufficient: true, satisfaction: null, questions: [], turnout: { answered: 4 } });
    expect(
      results.branches.every((b: { insufficient: boolean; answered: null }) => b.insufficient && b.answered === null),
    ).toBe(true);
  });

  it('breaks results down by 分工会 and shows 样本不足 for any group under five', async () => {
    // Three members with no 分工会 are the pool the two of 数学组 merge into at close (five in all),
    // so 语文组 keeps its own figures; before batching this test read the open survey instead.
    const plan: Plan = [
      ...[0, 0, 0, 1, 2].map((s) => ({ rating: 4, satisfaction: s, branch: 0 as const })),
      ...[0, 2].map((s) => ({ rating: 2, satisfaction: s, branch: 1 as const })),
      ...[0, 0, 1].map((s) => ({ rating: 3, satisfaction: s, branch: 'none' as const })),
    ];
    const { id, staff, tree } = await answered(plan);
    const { branches, satisfaction, waiting } = (await api.results(staff, id)).json();
    expect(waiting).toBe(0);
    expect(satisfaction).toMatchObject({ valid: 10, rate: 80 });
    expect(branches).toEqual([
      {
        branchId: tree.branchIds[0],
        name: '语文组分工会',
        audience: 6,
        answered: 5,
        turnoutRate: 83.3,
        satisfactionRate: 80,
        insufficient: false,
      },
      {
        branchId: tree.branchIds[1],
        name: '数学组分工会',
        audience: 2,
        answered: null,
        turnoutRate: null,
        satisfactionRate: null,
        insufficient: true,
      },
      {
        branchId: null,
        name: '其他',
        audience: null,
        answered: 5,
        turnoutRate: null,
        satisfactionRate: 80,
        insufficient: false,
      },
    ]);
  });

  it('shows text answers to staff with no identity, and publishes to members only after close when allowed', async () => {
    const plan = ['职工书屋的新书可以再多一些。', '希望周末也开放。', '', '', ''].map((text, i) => ({
      rating: 3,
      satisfaction: i % 2,
      text: text || undefined,
    }));
    const { id, staff, tree } = await answered(plan, customSurvey({ resultsVisible: true }), false);
    const [member] = await signedInMembers(t, tree.schoolId, 1);
    // Five answers wait sealed while the survey is open (five always stay back until close).
    expect((await api.results(staff, id)).json()).toMatchObject({
      insufficient: true,
      waiting: 5,
      questions: [],
      turnout: { answered: 5 },
    });

    const whileOpen = await api.results(member!.headers, id);
    expect([whileOpen.statusCode, whileOpen.json().message]).toEqual([403, '评议结束并由工会公布后才能查看结果']);
    await api.close(staff, id);
    const texts = (await api.results(staff, id)).json().questions[2];
    expect(texts).toEqual(
      expect.objectContaining({ answered: 2, texts: ['希望周末也开放。', '职工书屋的新书可以再多一些。'] }),
    );
    expect(
      (await api.call('GET', '/api/surveys/published', member!.headers)).json().items.map((s: { id: number }) => s.id),
    ).toContain(id);
    const published = (await api.results(member!.headers, id)).json();
    expect(published.satisfaction.rate).toBe(100);
    expect(published.branches).toBeNull();
    expect(published.questions[2].texts).toEqual([]);
  });
});
