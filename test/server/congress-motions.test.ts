import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { flagOverdueMotions } from '../../server/src/jobs/congress-overdue';
import { createTestApp, type TestApp } from '../support/test-app';
import { act, congressWorld, draft, getMotion, resetClock, standAt } from './congress-fixtures';

let t: TestApp;
let w: Awaited<ReturnType<typeof congressWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await congressWorld(t.app, t.db);
});
afterAll(async () => {
  resetClock();
  await t.close();
});

const messagesOf = (memberId: number) =>
  t.db.query<{ title: string; body: string }>(
    `SELECT title, body FROM notifications WHERE member_id = $1 AND kind = 'congress' ORDER BY id`,
    [memberId],
  );
const motionCount = async () => (await t.db.query<{ n: number }>(`SELECT count(*) AS n FROM congress_motions`))[0]!.n;

/** A motion by the first 代表, seconded by the other two and submitted; answers its id. */
async function submitted(title = '增设教工午休室') {
  standAt('2030-03-05');
  const [author, s1, s2] = w.delegates;
  const id = (await draft(t.app, author!.headers, w.sessionId, { title })).json().id as number;
  await act(t.app, s1!.headers, id, 'second');
  await act(t.app, s2!.headers, id, 'second');
  expect((await act(t.app, author!.headers, id, 'submit')).statusCode).toBe(200);
  return id;
}

describe('the collection window and who may write', () => {
  it('takes drafts only inside the window, and says when it opens or closed', async () => {
    standAt('2030-02-28');
    const early = await draft(t.app, w.delegates[0]!.headers, w.sessionId);
    expect([early.statusCode, early.json().message]).toEqual([
      409,
      '第五届教代会第三次会议提案征集尚未开始（3月1日 周五开始），不能起草提案',
    ]);
    standAt('2030-03-21');
    const late = await draft(t.app, w.delegates[0]!.headers, w.sessionId);
    expect([late.statusCode, late.json().message]).toEqual([
      409,
      '第五届教代会第三次会议提案征集已于3月20日 周三截止，不能起草提案',
    ]);
    standAt('2030-03-20', '23:30');
    const lastDay = await draft(t.app, w.delegates[0]!.headers, w.sessionId);
    expect(lastDay.statusCode).toBe(201);
    expect(lastDay.json()).toMatchObject({
      status: 'draft',
      number: null,
      seconderCount: 0,
      secondersRequired: 2,
      can: { edit: true, submit: false },
    });
  });

  it('lets only 代表 write a motion; a member sends a 建议 that a 代表 takes up once', async () => {
    standAt('2030-03-05');
    const byMember = await draft(t.app, w.members[0]!.headers, w.sessionId);
    expect([byMember.statusCode, byMember.json().message]).toEqual([
      403,
      '只有本届教代会代表可以提出提案；您可以提交建议，由代表采纳后提出',
    ]);

    const suggestion = await t.app.inject({
      method: 'POST',
      url: '/api/congress/suggestions',
      headers: w.members[0]!.headers,
      payload: {
        sessionId: w.sessionId,
        clientKey: randomUUID(),
        title: '食堂增加晚餐',
        body: '晚自习值班老师没有晚饭',
      },
    });
    expect(suggestion.statusCode).toBe(201);
    const sid = suggestion.json().id;
    const adopt = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/congress/suggestions/${sid}/adopt`,
        headers,
        payload: { clientKey: randomUUID(), category: 'welfare' },
      });
    expect((await adopt(w.members[1]!.headers)).statusCode).toBe(403);
    const adopted = await adopt(w.delegates[1]!.headers);
    expect(adopted.statusCode).toBe(201);
    expect(adopted.json()).toMatchObject({ title: '食堂增加晚餐', authorName: '刘老师', status: 'draft' });
    expect((await adopt(w.delegates[1]!.headers)).json().id).toBe(adopted.json().id);
    expect((await adopt(w.delegates[2]!.headers)).json().message).toBe('这条建议已由其他代表采纳');
    expect((await messagesOf(w.members[0]!.id)).map((m) => m.title)).toContain('您的建议已被代表采纳');
  });

  it('answers bad input in Chinese and writes nothing', async () => {
    standAt('2030-03-05');
    const before = await motionCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '   ' }, '提案标题不能为空'],
      [{ title: '' }, '提案标题不能为空'],
      [{ category: 'sports' }, '提案类别的取值无效'],
      [{ reason: 'x'.repeat(2001) }, '案由不能超过 2000 个字'],
      [{ clientKey: 'abc' }, '提交编号格式不正确'],
    ];
    for (const [body, message] of cases) {
      const response = await draft(t.app, w.delegates[0]!.headers, w.sessionId, body);
      expect({ status: response.statusCode, message: response.json().message }).toEqual({ status: 400, message });
    }
    expect(await motionCount()).toBe(before);
  });

  it('keeps one motion when the same draft is sent twice', async () => {
    standAt('2030-03-05');
    const clientKey = randomUUID();
    const [a, b] = await Promise.all(
      [0, 1].map(() => draft(t.app, w.delegates[0]!.headers, w.sessionId, { clientKey })),
    );
    expect(a!.json().id).toBe(b!.json().id);
    expect((await t.db.query(`SELECT 1 FROM congress_motions WHERE client_key = $1`, [clientKey])).length).toBe(1);
  });
});

describe('附议 and submitting', () => {
  it("needs the union's number of seconders, counts a 代表 once, and refuses the author and non-代表", async () => {
    standAt('2030-03-06');
    const [author, s1, s2] = w.delegates;
    const id = (await draft(t.app, author!.headers, w.sessionId)).json().id;
    expect((await act(t.app, author!.headers, id, 'second')).json().message).toBe('提案人不能附议自己的提案');
    // A member does not even see a draft; staff see it but are not 代表.
    expect((await act(t.app, w.members[0]!.headers, id, 'second')).statusCode).toBe(404);
    const byStaff = await act(t.app, w.staff.headers, id, 'second');
    expect([byStaff.statusCode, byStaff.json().message]).toEqual([403, '只有本届教代会代表可以附议']);
    await act(t.app, s1!.headers, id, 'second');
    const twice = await act(t.app, s1!.headers, id, 'second');
    expect(twice.json()).toMatchObject({ seconderCount: 1, secondedByMe: true });

    const early = await act(t.app, author!.headers, id, 'submit');
    expect([early.statusCode, early.json().message]).toEqual([409, '提案需要 2 位代表附议才能提交，目前 1 位']);
    const edit = await t.app.inject({
      method: 'PUT',
      url: `/api/congress/motions/${id}`,
      headers: author!.headers,
      payload: { title: '改', category: 'other', reason: 'a', proposal: 'b' },
    });
    expect(edit.json().message).toBe('已有代表附议，内容不能再修改');

    await act(t.app, s2!.headers, id, 'second');
    const done = await act(t.app, author!.headers, id, 'submit');
    expect(done.json()).toMatchObject({ status: 'submitted', seconders: ['刘老师', '陈老师'] });
    const again = await act(t.app, author!.headers, id, 'submit');
    expect(again.json().number).toBe(done.json().number);
    expect((await messagesOf(s1!.id)).map((m) => m.title)).toContain('提案已提交');
    expect((await act(t.app, w.committee.headers, id, 'second')).json().message).toBe('提案已提交，不再征集附议');
  });

  it('closes 附议 with the window', async () => {
    standAt('2030-03-06');
    const id = (await draft(t.app, w.delegates[0]!.headers, w.sessionId)).json().id;
    standAt('2030-03-21');
    const late = await act(t.app, w.delegates[1]!.headers, id, 'second');
    expect([late.statusCode, late.json().message]).toEqual([
      409,
      '第五届教代会第三次会议提案征集已于3月20日 周三截止，不能附议',
    ]);
  });
});

describe('review, reply and rating', () => {
  it('lets only the committee decide, once, and takes a retried decision as the same one', async () => {
    const id = await submitted();
    standAt('2030-03-22');
    expect(
      (await act(t.app, w.staff.headers, id, 'review', { decision: 'accept', departmentId: w.departmentId }))
        .statusCode,
    ).toBe(403);
    const noDept = await act(t.app, w.committee.headers, id, 'review', { decision: 'accept' });
    expect([noDept.statusCode, noDept.json().message]).toEqual([400, '立案需要选择承办部门']);
    expect((await getMotion(t.app, w.committee.headers, id)).json().status).toBe('submitted');
    const pastDue = await act(t.app, w.committee.headers, id, 'review', {
      decision: 'accept',
      departmentId: w.departmentId,
      dueOn: '2030-03-22',
    });
    expect(pastDue.json().message).toBe('答复期限应晚于今天');

    const accepted = await act(t.app, w.committee.headers, id, 'review', {
      decision: 'accept',
      departmentId: w.departmentId,
    });
    expect(accepted.json()).toMatchObject({ status: 'accepted', departmentName: '总务处', dueOn: '2030-04-21' });
    expect(
      (await act(t.app, w.committee.headers, id, 'review', { decision: 'accept', departmentId: w.departmentId }))
        .statusCode,
    ).toBe(200);
    const change = await act(t.app, w.committee.headers, id, 'review', {
      decision: 'reject',
      reason: '不属于提案范围',
      handling: 'answered',
    });
    expect([change.statusCode, change.json().message]).toEqual([
      409,
      '该提案已审查（已立案，待答复），每件提案只审查一次',
    ]);
    expect((await messagesOf(w.delegates[2]!.id)).at(-1)!.body).toContain('交总务处办理，答复期限为4月21日 周日');
  });

  it('records 不立案 with its reason and 并案 into another motion', async () => {
    const a = await submitted('规范教研活动时间');
    const b = await submitted('教研活动不占用午休');
    standAt('2030-03-22');
    const missing = await act(t.app, w.committee.headers, a, 'review', {
      decision: 'reject',
      reason: ' ',
      handling: 'answered',
    });
    expect(missing.json().message).toBe('不立案理由不能为空');
    const rejected = await act(t.app, w.committee.headers, a, 'review', {
      decision: 'reject',
      reason: '属于日常管理事项',
      handling: 'suggestion',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      rejectReason: '属于日常管理事项',
      rejectHandling: 'suggestion',
    });
    const intoRejected = await act(t.app, w.committee.headers, b, 'review', { decision: 'merge', intoId: a });
    expect(intoRejected.json().message).toBe('并入的提案当前为「不立案」，不能并案');
    const c = await submitted('午休时间保障');
    standAt('2030-03-22');
    const merged = await act(t.app, w.committee.headers, b, 'review', { decision: 'merge', intoId: c });
    expect(merged.json()).toMatchObject({ status: 'merged' });
    expect(merged.json().mergedIntoNumber).toBe((await getMotion(t.app, w.committee.headers, c)).json().number);
  });

  it('takes the reply from staff, lets the proposer rate once, and returns a 不满意 for one second reply', async () => {
    const id = await submitted();
    standAt('2030-03-22');
    await act(t.app, w.committee.headers, id, 'review', { decision: 'accept', departmentId: w.departmentId });
    expect((await act(t.app, w.committee.headers, id, 'reply', { body: '已安排' })).json().message).toBe(
      '只有工会干事和主席可以记录答复',
    );
    expect((await act(t.app, w.delegates[0]!.headers, id, 'rating', { rating: 'satisfied' })).json().message).toBe(
      '提案当前为「已立案，待答复」，没有待评价的答复',
    );

    standAt('2030-04-01');
    const replied = await act(t.app, w.staff.headers, id, 'reply', { body: '已将三楼 305 改为午休室，下月启用' });
    expect(replied.json()).toMatchObject({ status: 'replied', replies: [{ round: 1, onTime: true, rating: null }] });
    expect(
      (await act(t.app, w.staff.headers, id, 'reply', { body: '已将三楼 305 改为午休室，下月启用' })).statusCode,
    ).toBe(200);
    expect((await act(t.app, w.delegates[1]!.headers, id, 'rating', { rating: 'satisfied' })).statusCode).toBe(403);
    const bare = await act(t.app, w.delegates[0]!.headers, id, 'rating', { rating: 'dissatisfied' });
    expect([bare.statusCode, bare.json().message]).toEqual([400, '评价为「不满意」时请写明不满意的原因']);

    const returned = await act(t.app, w.delegates[0]!.headers, id, 'rating', {
      rating: 'dissatisfied',
      comment: '一间不够',
    });
    expect(returned.json()).toMatchObject({ status: 'accepted', round: 2, dueOn: '2030-04-16' });
    expect(
      (await act(t.app, w.delegates[0]!.headers, id, 'rating', { rating: 'dissatisfied', comment: '一间不够' })).json()
        .round,
    ).toBe(2);
    expect((await messagesOf(w.delegates[1]!.id)).at(-1)!.title).toBe('提案已退回再次答复');

    standAt('2030-04-20');
    const second = await act(t.app, w.staff.headers, id, 'reply', { body: '再增设一间' });
    expect(second.json().replies.map((r: { onTime: boolean }) => r.onTime)).toEqual([true, false]);
    const final = await act(t.app, w.delegates[0]!.headers, id, 'rating', {
      rating: 'dissatisfied',
      comment: '仍不够',
    });
    expect(final.json()).toMatchObject({ status: 'rated', round: 2 });
    const third = await act(t.app, w.delegates[0]!.headers, id, 'rating', { rating: 'satisfied' });
    expect([third.statusCode, third.json().message]).toEqual([409, '您已经评价过了']);
  });

  it('flags an overdue motion once to staff and chair', async () => {
    const id = await submitted('校门口增设减速带');
    standAt('2030-03-22');
    await act(t.app, w.committee.headers, id, 'review', {
      decision: 'accept',
      departmentId: w.departmentId,
      dueOn: '2030-04-01',
    });
    expect(await flagOverdueMotions(t.db, {}, standAt('2030-04-01', '23:00'))).toBe(0);
    const late = standAt('2030-04-02', '08:00');
    expect((await getMotion(t.app, w.staff.headers, id)).json().overdue).toBe(true);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/congress/motions?sessionId=${w.sessionId}&overdue=true`,
      headers: w.staff.headers,
    });
    expect(list.json().items.map((m: { id: number }) => m.id)).toEqual([id]);
    expect(await flagOverdueMotions(t.db, {}, late)).toBe(1);
    expect(await flagOverdueMotions(t.db, {}, late)).toBe(0);
    for (const officer of [w.staff, w.chair])
      expect((await messagesOf(officer.id)).filter((m) => m.title === '提案答复已逾期').length).toBe(1);
  });
});

describe('who sees what', () => {
  it('shows members the motions only once published, never drafts, and nothing to another union', async () => {
    const id = await submitted('图书馆延长开放');
    standAt('2030-03-07');
    const own = (await draft(t.app, w.delegates[0]!.headers, w.sessionId, { title: '私人草稿' })).json().id;
    const list = (headers: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: `/api/congress/motions?sessionId=${w.sessionId}`, headers });
    expect((await list(w.members[0]!.headers)).json().items).toEqual([]);
    expect((await getMotion(t.app, w.members[0]!.headers, id)).statusCode).toBe(404);
    expect((await list(w.delegates[2]!.headers)).json().items.map((m: { id: number }) => m.id)).toEqual(
      expect.arrayContaining([id, own]),
    );

    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/congress/sessions/${w.sessionId}/publish`,
          headers: w.members[0]!.headers,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/congress/sessions/${w.sessionId}/publish`,
          headers: w.otherStaff.headers,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/congress/sessions/${w.sessionId}/publish`,
          headers: w.staff.headers,
        })
      ).json().published,
    ).toBe(true);
    const seen = (await list(w.members[0]!.headers)).json().items;
    expect(seen.map((m: { id: number }) => m.id)).toContain(id);
    expect(seen.every((m: { status: string }) => m.status !== 'draft')).toBe(true);
    expect((await getMotion(t.app, w.members[0]!.headers, own)).statusCode).toBe(404);

    expect((await list(w.otherStaff.headers)).statusCode).toBe(404);
    expect((await getMotion(t.app, w.otherStaff.headers, id)).statusCode).toBe(404);
    expect((await act(t.app, w.otherStaff.headers, id, 'reply', { body: '越权' })).statusCode).toBe(404);
  });

  it('keeps 代表 and 承办部门 to staff of the union, and the export to staff and committee', async () => {
    const asMember = await t.app.inject({
      method: 'PUT',
      url: '/api/congress/delegates',
      headers: w.delegates[0]!.headers,
      payload: { term: '第五届', staffNo: w.members[0]!.staffNo, role: 'delegate' },
    });
    expect(asMember.statusCode).toBe(403);
    const foreign = await t.app.inject({
      method: 'PUT',
      url: '/api/congress/delegates',
      headers: w.otherStaff.headers,
      payload: { term: '第五届', staffNo: w.members[0]!.staffNo, role: 'delegate' },
    });
    expect([foreign.statusCode, foreign.json().message]).toEqual([
      400,
      `本工会名册中没有工号为 ${w.members[0]!.staffNo} 的在册会员`,
    ]);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/congress/departments',
          headers: w.committee.headers,
          payload: { name: '教务处' },
        })
      ).statusCode,
    ).toBe(403);

    const exportAs = (headers: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: `/api/congress/sessions/${w.sessionId}/export`, headers });
    expect((await exportAs(w.delegates[0]!.headers)).statusCode).toBe(403);
    expect((await exportAs(w.otherStaff.headers)).statusCode).toBe(404);
    const file = await exportAs(w.committee.headers);
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('提案汇总表')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '编号',
      '提案标题',
      '提案人',
      '附议人',
      '类别',
      '审查结果',
      '承办部门',
      '答复期限',
      '答复',
      '按期答复',
      '评价',
      '状态',
    ]);
    const first = sheet.getRow(2).values as unknown[];
    expect(first.slice(1, 6)).toEqual([1, '增设教工午休室', '张老师', '刘老师、陈老师', '福利待遇']);
    expect(sheet.rowCount - 1).toBe(
      (await t.db.query(`SELECT 1 FROM congress_motions WHERE session_id = $1 AND status <> 'draft'`, [w.sessionId]))
        .length,
    );
  });
});

describe('the annual workbook', () => {
  it("counts the year's motions, those accepted, answered on time, and the satisfaction with the last reply", async () => {
    const { annualFigures } = await import('../../server/src/routes/admin/annual-report');
    const items = (
      await t.app.inject({
        method: 'GET',
        url: `/api/congress/motions?sessionId=${w.sessionId}`,
        headers: w.staff.headers,
      })
    ).json().items as { number: number | null; status: string }[];
    const figures = (await annualFigures(t.db, w.tree.schoolId, 2030)).filter((f) => f.section === '教代会提案');
    expect(figures.map((f) => [f.label, f.value])).toEqual([
      ['提案（件）', items.filter((m) => m.number !== null).length],
      ['立案（件）', items.filter((m) => ['accepted', 'replied', 'rated'].includes(m.status)).length],
      // One motion was replied to, on time at first; its proposer stayed 不满意 after the second reply.
      ['按期答复（件）', 1],
      ['答复满意率（%）', 0],
    ]);
  });
});
