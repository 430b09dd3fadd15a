import {
  beijingDay,
  customAnswers,
  customSurvey,
  signedInMembers,
  surveyHelpers,
  surveySuite,
} from './survey-fixtures';

const { t, api } = surveySuite();
const { school, participants, answers } = surveyHelpers(t);

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
