import { createMember, signIn } from '../support/factories';
import { beijingDay, customSurvey, SATISFACTION, signedInMembers, surveyHelpers, surveySuite } from './survey-fixtures';

const { t, api } = surveySuite();
const { school, count } = surveyHelpers(t);

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
