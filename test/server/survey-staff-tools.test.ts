import ExcelJS from 'exceljs';
import { customAnswers, customSurvey, signedInMembers, surveyHelpers, surveySuite } from './survey-fixtures';

const { t, api } = surveySuite();
const { school } = surveyHelpers(t);

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
