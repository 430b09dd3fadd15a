import ExcelJS from 'exceljs';
import { createMember, createUnionTree, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { beijingDay, customAnswers, customSurvey, SATISFACTION, signedInMembers, surveyApi } from './survey-fixtures';

let t: TestApp;
let api: ReturnType<typeof surveyApi>;

beforeAll(async () => {
  t = await createTestApp();
  api = surveyApi(t.app);
});
afterAll(() => t.close());

/** A fresh district with a school whose staff member (in the first 分工会) is signed in. */
async function school() {
  const tree = await createUnionTree(t.db);
  const staffMember = await createMember(t.db, tree.schoolId, { roles: ['staff'], branchId: tree.branchIds[0] });
  return { tree, staff: await signIn(t.app, staffMember) };
}

const count = async (sql: string, params: unknown[]) => (await t.db.query<{ n: number }>(sql, params))[0]!.n;
const participants = (id: number) =>
  count(`SELECT count(*)::int AS n FROM survey_participants WHERE survey_id = $1`, [id]);
// Stored answers, counted or still sealed and waiting (answers are counted in batches of five).
const answers = (id: number) =>
  count(
    `SELECT (SELECT count(*) FROM survey_answers WHERE survey_id = $1) + (SELECT count(*) FROM survey_pending_answers WHERE survey_id = $1) AS n`,
    [id],
  ).then(Number);

describe('creating and opening an evaluation', () => {
  it('creates a draft from the standard template and, on opening, tells every member of the audience', async () => {
    const { tree, staff } = await school();
    const members = await signedInMembers(t, tree.schoolId, 3);
    const template = (await api.call('GET', '/api/surveys/template', staff)).json();
    expect(template.questions.map((q: { section: string }) => q.section)).toEqual(
      expect.arrayContaining([
        '场地与设施',
        '组织建设',
        '民主管理与校务公开',
        '维权与帮扶',
        '文体活动',
        '心理关爱',
        '意见建议',
      ]),
    );
    expect(template.questions.filter((q: { satisfaction: boolean }) => q.satisfaction)).toEqual([
      expect.objectContaining({ kind: 'single', options: ['满意', '基本满意', '不满意'] }),
    ]);

    const id = await api.create(staff, {
      ...template,
      opensOn: beijingDay(0),
      closesOn: beijingDay(30),
      branchIds: [],
      passLine: undefined,
    });
    const draft = (await api.call('GET', `/api/surveys/${id}`, staff)).json();
    expect(draft).toMatchObject({ phase: 'draft', canManage: true, passLine: 85 });
    expect(draft.questions).toHaveLength(template.questions.length);
    // A draft is the officers' business: members do not see it.
    expect((await api.call('GET', `/api/surveys/${id}`, members[0]!.headers)).statusCode).toBe(404);

    const opened = await api.call('POST', `/api/surveys/${id}/open`, staff);
    expect(opened.statusCode).toBe(200);
    expect(opened.json().phase).toBe('open');
    const told = await count(
      `SELECT count(*)::int AS n FROM notifications n JOIN members m ON m.id = n.member_id WHERE m.union_id = $1 AND n.kind = 'survey'`,
      [tree.schoolId],
    );
    expect(told).toBe(4);
    const open = (await api.call('GET', '/api/surveys/open', members[0]!.headers)).json().items;
    expect(open).toEqual([expect.objectContaining({ id, answered: false, questionCount: template.questions.length })]);
  });

  it('freezes the questions once the evaluation is open, in the API and in the database', async () => {
    const { staff } = await school();
    const id = await api.createOpen(staff);
    const edit = await api.call('PUT', `/api/surveys/${id}`, staff, customSurvey({ title: '改过的标题' }));
    expect(edit.statusCode).toBe(409);
    expect(edit.json().message).toBe('评议已发布，题目和设置不能再修改');
    await expect(
      t.db.query(`UPDATE survey_questions SET title = '偷偷改题' WHERE survey_id = $1`, [id]),
    ).rejects.toThrow(/frozen/);
    expect((await api.call('DELETE', `/api/surveys/${id}`, staff)).json().message).toBe('已发布的评议不能删除');
  });

  it('lets staff edit and delete a draft', async () => {
    const { staff } = await school();
    const id = await api.create(staff);
    const edited = await api.call(
      'PUT',
      `/api/surveys/${id}`,
      staff,
      customSurvey({ title: '第二稿', questions: [SATISFACTION] }),
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      title: '第二稿',
      questions: [expect.objectContaining({ position: 1, satisfaction: true })],
    });
    expect((await api.call('DELETE', `/api/surveys/${id}`, staff)).statusCode).toBe(204);
    expect((await api.call('GET', `/api/surveys/${id}`, staff)).statusCode).toBe(404);
  });

  it('refuses a plain member who tries to create or run an evaluation', async () => {
    const { tree, staff } = await school();
    const [plain] = await signedInMembers(t, tree.schoolId, 1);
    const create = await api.call('POST', '/api/surveys', plain!.headers, customSurvey());
    expect(create.statusCode).toBe(403);
    const id = await api.create(staff);
    const open = await api.call('POST', `/api/surveys/${id}/open`, plain!.headers);
    expect([open.statusCode, open.json().message]).toEqual([403, '只有本工会的工会干事或工会主席可以管理评议']);
    const other = await signIn(t.app, await createMember(t.db, tree.otherSchoolId, { roles: ['staff'] }));
    expect((await api.call('POST', `/api/surveys/${id}/open`, other)).statusCode).toBe(404);
  });

  it('names the question that breaks a rule', async () => {
    const { staff } = await school();
    const bad = async (questions: object[], extra: object = {}) =>
      (await api.call('POST', '/api/surveys', staff, customSurvey({ questions, ...extra }))).json().message;
    expect(await bad([{ kind: 'single', title: '只有一个选项', required: true, options: ['是'] }])).toBe(
      '第 1 题（单选题）至少需要两个选项',
    );
    expect(await bad([SATISFACTION, { kind: 'rating', title: '评分', required: true, options: ['好', '坏'] }])).toBe(
      '第 2 题是评分题，不需要选项',
    );
    expect(await bad([{ ...SATISFACTION, options: ['很满意', '满意', '不满意'] }])).toBe(
      '第 1 题：总体满意度题须为单选题，选项依次为“满意、基本满意、不满意”',
    );
    expect(await bad([SATISFACTION, SATISFACTION])).toBe('一份评议只能有一道总体满意度题');
    expect(await bad([SATISFACTION], { opensOn: beijingDay(5), closesOn: beijingDay(1) })).toBe(
      '结束日期不能早于开始日期',
    );
    expect(await bad([SATISFACTION], { branchIds: [999999] })).toBe('所选分工会不属于本工会');
    expect(await bad([{ kind: 'text', required: true }])).toBe('缺少必填项：题目');
  });
});

describe('answering', () => {
  it('accepts one answer per member and gives a receipt that carries none of it', async () => {
    const { tree, staff } = await school();
    const [m] = await signedInMembers(t, tree.schoolId, 1);
    const id = await api.createOpen(staff);
    const questions = await api.questions(m!.headers, id);

    const first = await api.submit(m!.headers, id, customAnswers(questions, 4, 0, '书屋新书少'));
    expect(first.statusCode).toBe(201);
    const { receiptCode } = first.json();
    expect(receiptCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const again = await api.submit(m!.headers, id, customAnswers(questions, 1, 2));
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('您已参加过本次评议，每人只能提交一次');
    expect([await participants(id), await answers(id)]).toEqual([1, 1]);

    const detail = (await api.call('GET', `/api/surveys/${id}`, m!.headers)).json();
    expect(detail).toMatchObject({ answered: true, receiptCode });
    const stored = JSON.stringify(
      await t.db.query(
        `SELECT * FROM survey_answers a FULL JOIN survey_comments c USING (survey_id) WHERE survey_id = $1`,
        [id],
      ),
    );
    expect(stored).not.toContain(receiptCode);
    // The answer waits sealed: neither the comment nor the receipt is readable in the pool.
    const pool = JSON.stringify(await t.db.query(`SELECT * FROM survey_pending_answers WHERE survey_id = $1`, [id]));
    expect(pool).not.toContain(receiptCode);
    expect(pool).not.toContain('书屋新书少');
  });

  it('keeps exactly one answer when the same member submits twice at the same moment', async () => {
    const { tree, staff } = await school();
    const [m] = await signedInMembers(t, tree.schoolId, 1);
    const id = await api.createOpen(staff);
    const questions = await api.questions(m!.headers, id);
    const responses = await Promise.all(
      [0, 1, 2].map((n) => api.submit(m!.headers, id, customAnswers(questions, n + 1, n))),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect([await participants(id), await answers(id)]).toEqual([1, 1]);
  });

  it('refuses a member outside the audience', async () => {
    const { tree, staff } = await school();
    const [inside] = await signedInMembers(t, tree.schoolId, 1, { branchId: tree.branchIds[0] });
    const [outside] = await signedInMembers(t, tree.schoolId, 1, { branchId: tree.branchIds[1] });
    const [otherSchool] = await signedInMembers(t, tree.otherSchoolId, 1);
    const id = await api.createOpen(staff, customSurvey({ branchIds: [tree.branchIds[0]] }));
    const questions = await api.questions(inside!.headers, id);

    expect((await api.call('GET', '/api/surveys/open', outside!.headers)).json().items).toEqual([]);
    const refused = await api.submit(outside!.headers, id, customAnswers(questions, 3, 0));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe('您不在本次评议的参评范围内');
    expect((await api.submit(otherSchool!.headers, id, customAnswers(questions, 3, 0))).statusCode).toBe(404);
    expect((await api.submit(inside!.headers, id, customAnswers(questions, 3, 0))).statusCode).toBe(201);
    expect(await participants(id)).toBe(1);
  });

  it('refuses an answer that leaves a required question blank, and stores nothing', async () => {
    const { tree, staff } = await school();
    const [m] = await signedInMembers(t, tree.schoolId, 1);
    const id = await api.createOpen(staff);
    const questions = await api.questions(m!.headers, id);
    const response = await api.submit(m!.headers, id, customAnswers(questions, 3, null));
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('第 2 题“总体评价”为必答题，请作答');
    const wrongShape = await api.submit(m!.headers, id, [
      { questionId: questions[0]!.id, choice: 1 },
      { questionId: questions[1]!.id, choice: 0 },
    ]);
    expect(wrongShape.json().message).toBe('第 1 题是评分题，答案的形式不对');
    expect(await participants(id)).toBe(0);
  });

  it('takes no answers before the window opens or after the evaluation is closed', async () => {
    const { tree, staff } = await school();
    const [m] = await signedInMembers(t, tree.schoolId, 1);
    const later = await api.createOpen(staff, customSurvey({ opensOn: beijingDay(3), closesOn: beijingDay(9) }));
    const early = await api.submit(m!.headers, later, [{ questionId: 1, rating: 3 }]);
    expect([early.statusCode, early.json().message]).toEqual([409, '评议尚未开始']);
    expect((await api.call('GET', '/api/surveys/open', m!.headers)).json().items).toEqual([]);
    const id = await api.createOpen(staff);
    const questions = await api.questions(m!.headers, id);
    expect((await api.close(staff, id)).json().phase).toBe('closed');
    const late = await api.submit(m!.headers, id, customAnswers(questions, 3, 0));
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('评议已结束，不能再提交');
  });
});

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

describe('reminders', () => {
  it('reminds only the members who have not answered, and tells staff only how many', async () => {
    const { tree, staff } = await school();
    const [done, pending] = await signedInMembers(t, tree.schoolId, 2);
    const id = await api.createOpen(staff);
    await api.submit(done!.headers, id, customAnswers(await api.questions(done!.headers, id), 5, 0));

    const sent = await api.call('POST', `/api/surveys/${id}/reminders`, staff);
    expect(sent.json()).toEqual({ sent: 2 });
    const reminded = await t.db.query<{ member_id: number }>(
      `SELECT member_id FROM notifications WHERE kind = 'survey' AND title LIKE '%截止' AND link LIKE $1 ORDER BY member_id`,
      [`%?id=${id}`],
    );
    expect(reminded.map((r) => r.member_id)).not.toContain(done!.member.id);
    expect(reminded.map((r) => r.member_id)).toContain(pending!.member.id);
    const again = await api.call('POST', `/api/surveys/${id}/reminders`, staff);
    expect([again.statusCode, again.json().message]).toEqual([429, '12 小时内已经提醒过，请稍后再试']);
  });
});

describe('export', () => {
  it('exports a workbook with a summary, one sheet per question and the comments, through a one-time link', async () => {
    const { tree, staff } = await school();
    const id = await api.createOpen(staff);
    for (const [i, m] of (await signedInMembers(t, tree.schoolId, 5)).entries()) {
      await api.submit(
        m.headers,
        id,
        customAnswers(await api.questions(m.headers, id), 5, i % 3, i === 0 ? '多组织活动' : undefined),
      );
    }
    await api.close(staff, id); // the five answers are counted at close
    const link = (await api.call('POST', `/api/surveys/${id}/export-link`, staff)).json();
    expect(link.url).toMatch(/^\/api\/surveys\/exports\//);
    const file = await t.app.inject({ method: 'GET', url: link.url });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '第1题', '第2题', '意见建议']);
    expect(book.getWorksheet('汇总')!.getRow(6).values).toEqual([undefined, '参评率', '83.3%']);
    expect(book.getWorksheet('意见建议')!.getRow(2).values).toEqual([undefined, '意见建议', '多组织活动']);
    expect((await t.app.inject({ method: 'GET', url: link.url })).statusCode).toBe(404);
  });
});

describe('the district roll-up', () => {
  it('shows each school’s 参评率 and 满意率 and the totals, leaving out schools under five', async () => {
    const { tree, staff } = await school();
    const otherStaff = await signIn(t.app, await createMember(t.db, tree.otherSchoolId, { roles: ['chair'] }));
    const supervisor = await signIn(t.app, await createMember(t.db, tree.districtId, { roles: ['supervisor'] }));
    const big = await api.createOpen(staff);
    for (const [i, m] of (await signedInMembers(t, tree.schoolId, 6)).entries()) {
      await api.submit(m.headers, big, customAnswers(await api.questions(m.headers, big), 4, [0, 0, 1, 1, 0, 2][i]!));
    }
    const small = await api.createOpen(otherStaff);
    for (const m of await signedInMembers(t, tree.otherSchoolId, 2)) {
      await api.submit(m.headers, small, customAnswers(await api.questions(m.headers, small), 1, 2));
    }
    await api.close(staff, big); // answers are counted in batches; all of them at close
    await api.close(otherStaff, small);
    const year = Number(beijingDay(-1).slice(0, 4));
    const rollup = (await api.call('GET', `/api/surveys/rollup?year=${year}`, supervisor)).json();
    expect(rollup.schools).toEqual([
      expect.objectContaining({
        unionId: tree.schoolId,
        audience: 7,
        answered: 6,
        turnoutRate: 85.7,
        satisfactionRate: 83.3,
        passed: false,
        insufficient: false,
      }),
      expect.objectContaining({
        unionId: tree.otherSchoolId,
        audience: 3,
        answered: null,
        turnoutRate: null,
        satisfactionRate: null,
        insufficient: true,
      }),
    ]);
    expect(rollup.totals).toEqual({
      audience: 7,
      answered: 6,
      turnoutRate: 85.7,
      satisfactionRate: 83.3,
      passed: false,
      schoolsCounted: 1,
      schoolsInsufficient: 1,
    });
    expect(JSON.stringify(rollup)).not.toMatch(/choices|texts|memberId/);
    expect((await api.call('GET', '/api/surveys/rollup', staff)).json().message).toBe(
      '只有上级工会可以查看各校评议汇总',
    );
    expect((await api.results(supervisor, big)).statusCode).toBe(404);
  });
});

describe('receipts', () => {
  it('lets staff verify a receipt, which names the member and the survey and nothing of the answers', async () => {
    const { tree, staff } = await school();
    const [m] = await signedInMembers(t, tree.schoolId, 1);
    const id = await api.createOpen(staff, customSurvey({ title: '回执测试' }));
    const { receiptCode } = (
      await api.submit(m!.headers, id, customAnswers(await api.questions(m!.headers, id), 2, 2))
    ).json();
    const verified = await api.call('POST', '/api/surveys/receipts/verify', staff, {
      code: receiptCode.toLowerCase().replace(/-/g, ' '),
    });
    expect(verified.json()).toEqual({ surveyId: id, surveyTitle: '回执测试', memberName: m!.member.name });
    const wrong = await api.call('POST', '/api/surveys/receipts/verify', staff, { code: 'AAAA-BBBB-CCCC' });
    expect([wrong.statusCode, wrong.json().message]).toEqual([404, '回执码无效，或不是本工会评议的回执']);
  });
});

describe('the API document', () => {
  it('names the evaluation operations', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { operationId?: string }>>;
    }>();
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(ids).toEqual(
      expect.arrayContaining([
        'listOpenSurveys',
        'getSurvey',
        'submitSurveyResponse',
        'getSurveyResults',
        'getSurveyRollup',
      ]),
    );
  });
});
