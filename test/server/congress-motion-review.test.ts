import { flagOverdueMotions } from '../../server/src/jobs/congress-overdue';
import { act, congressHelpers, congressSuite, getMotion, standAt } from './congress-fixtures';

const { t, w } = congressSuite();
const { messagesOf, submitted } = congressHelpers(t, w);

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
