import ExcelJS from 'exceljs';
import { flagOverdueReplies } from '../../server/src/jobs/reception-overdue';
import { createTestApp, type TestApp } from '../support/test-app';
import { act, at, book, type Headers, publish, receptionWorld, resetClock, standAt } from './reception-fixtures';

let t: TestApp;
let w: Awaited<ReturnType<typeof receptionWorld>>;
const DAY = '2030-01-09';
const ids: Record<'onTime' | 'lapsing' | 'absent' | 'late' | 'withdrawn' | 'secret', number> = {} as never;

const get = (url: string, headers: Headers) => t.app.inject({ method: 'GET', url: `/api/reception${url}`, headers });
const overdueMessages = (memberId: number) =>
  t.db.query<{ title: string; body: string }>(
    `SELECT title, body FROM notifications WHERE member_id = $1 AND title = '接待事项答复已逾期' ORDER BY id`,
    [memberId],
  );

/** A visit that took place and was registered: the reply is due a week later. */
async function visited(id: number, raised: string) {
  expect((await act(t.app, w.chair.headers, id, 'outcome', { raised }, 'PUT')).statusCode).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  w = await receptionWorld(t.app, t.db, 6);
  standAt('2030-01-02', '09:00');
  const sessionId = (await publish(t.app, w.chair.headers, { date: DAY, receiverId: w.chair.id })).json().items[0].id;
  const cancelled = (await publish(t.app, w.chair.headers, { date: '2030-01-16', receiverId: w.chair.id })).json()
    .items[0].id;
  await t.app.inject({
    method: 'POST',
    url: `/api/reception/sessions/${cancelled}/cancel`,
    headers: w.staff.headers,
    payload: { reason: '期末考试' },
  });
  // Later in the month, still to come when the summary is read: not yet held, so not counted.
  await publish(t.app, w.chair.headers, { date: '2030-01-30', receiverId: w.chair.id });

  const plan = [
    ['onTime', '14:00', 'work'],
    ['lapsing', '14:20', 'rights'],
    ['absent', '14:40', 'life'],
    ['late', '15:00', 'work'],
    ['withdrawn', '15:20', 'other'],
    ['secret', '15:40', 'life'],
  ] as const;
  for (const [index, [key, clock, topic]] of plan.entries()) {
    const response = await book(t.app, w.members[index]!.headers, sessionId, at(DAY, clock), {
      topic,
      confidential: key === 'secret',
      description: `${key} 的说明`,
    });
    ids[key] = response.json().id;
  }
  await act(t.app, w.members[4]!.headers, ids.withdrawn, 'cancel', {});

  standAt(DAY, '17:00');
  await visited(ids.onTime, '绩效工资发放时间');
  await visited(ids.lapsing, '产假期间待遇');
  await act(t.app, w.chair.headers, ids.absent, 'attendance', { attended: false });
  await visited(ids.late, '班主任津贴');
  await visited(ids.secret, '家庭困难');
  await act(t.app, w.chair.headers, ids.lapsing, 'assignment', { assignee: '人事处', dueOn: '2030-01-12' });

  standAt('2030-01-10', '10:00');
  await act(t.app, w.chair.headers, ids.onTime, 'reply', { reply: '本月 15 日发放。' });
  await act(t.app, w.chair.headers, ids.secret, 'reply', { reply: '已安排慰问。' });
  await act(t.app, w.members[0]!.headers, ids.onTime, 'rating', { rating: 'satisfied' });
  await act(t.app, w.members[5]!.headers, ids.secret, 'rating', { rating: 'basically_satisfied' });
});
afterAll(async () => {
  resetClock();
  await t.close();
});

describe('reply deadlines and overdue flags', () => {
  it('flags a reply past its deadline on the chair’s list and counts', async () => {
    standAt('2030-01-13', '09:00');
    const followUps = (await get('/follow-ups', w.chair.headers)).json();
    expect(
      followUps.items.map((a: { id: number; overdue: boolean; dueOn: string }) => [a.id, a.overdue, a.dueOn]),
    ).toEqual([
      [ids.lapsing, true, '2030-01-12'],
      [ids.late, false, '2030-01-16'],
    ]);
    expect(followUps.overdueCount).toBe(1);
    expect((await get('/desk', w.chair.headers)).json()).toMatchObject({ pendingCount: 2, overdueCount: 1 });
    expect((await get(`/appointments/${ids.lapsing}`, w.members[1]!.headers)).json()).toMatchObject({
      overdue: true,
      stage: 'assigned',
    });
  });

  it('tells the chair once about each lapsed reply, and again only after a new deadline lapses', async () => {
    standAt('2030-01-13', '09:00');
    expect(await flagOverdueReplies(t.db, {})).toBe(1);
    expect(await flagOverdueReplies(t.db, {})).toBe(0);
    const [message, ...more] = await overdueMessages(w.chair.id);
    expect(more).toEqual([]);
    expect(message!.body).toBe(
      `${w.members[1]!.name} 1月9日 周三 14:20 反映的问题，答复期限为1月12日 周六，尚未答复。`,
    );

    const moved = await act(t.app, w.chair.headers, ids.lapsing, 'assignment', {
      assignee: '人事处 刘处长',
      dueOn: '2030-01-20',
    });
    expect(moved.json()).toMatchObject({ overdue: false, dueOn: '2030-01-20' });
    standAt('2030-01-21', '09:00');
    expect(await flagOverdueReplies(t.db, {})).toBe(2);
    expect(await overdueMessages(w.chair.id)).toHaveLength(3);
  });

  it('flags a vice-chair’s lapsed reply to the vice-chair and to the chair', async () => {
    standAt('2030-02-01', '09:00');
    const sessionId = (await publish(t.app, w.staff.headers, { date: '2030-02-06', receiverId: w.staff.id })).json()
      .items[0].id;
    const id = (await book(t.app, w.members[0]!.headers, sessionId, at('2030-02-06', '14:00'))).json().id;
    standAt('2030-02-06', '14:30');
    expect((await act(t.app, w.staff.headers, id, 'outcome', { raised: '调课' }, 'PUT')).json().dueOn).toBe(
      '2030-02-13',
    );
    standAt('2030-02-14', '08:00');
    const before = (await overdueMessages(w.chair.id)).length;
    expect(await flagOverdueReplies(t.db, {})).toBe(1);
    expect(await overdueMessages(w.staff.id)).toHaveLength(1);
    expect(await overdueMessages(w.chair.id)).toHaveLength(before + 1);
  });

  it('records a reply after the deadline as late', async () => {
    standAt('2030-01-20', '16:00');
    const late = await act(t.app, w.chair.headers, ids.late, 'reply', { reply: '按学期核发。' });
    expect(late.json()).toMatchObject({ stage: 'replied', dueOn: '2030-01-16', repliedOnTime: false });
    await act(t.app, w.members[3]!.headers, ids.late, 'rating', { rating: 'dissatisfied', comment: '太慢了' });
    const onTime = (await get(`/appointments/${ids.onTime}`, w.chair.headers)).json();
    expect(onTime.repliedOnTime).toBe(true);
  });
});

describe('the monthly summary', () => {
  it('counts sessions, appointments, topics, replies on time and satisfaction for the month', async () => {
    standAt('2030-01-21', '09:00');
    const summary = (await get('/summary?month=2030-01', w.staff.headers)).json();
    expect(summary).toEqual({
      month: '2030-01',
      sessions: 1,
      appointments: 5,
      arrived: 4,
      noShow: 1,
      cancelled: 1,
      topics: [
        { topic: 'work', count: 2 },
        { topic: 'life', count: 2 },
        { topic: 'rights', count: 1 },
        { topic: 'suggestion', count: 0 },
        { topic: 'other', count: 0 },
      ],
      replies: { needed: 4, replied: 3, onTime: 2, overdue: 1, pending: 0, onTimeRate: 0.5 },
      satisfaction: { satisfied: 1, basicallySatisfied: 1, dissatisfied: 1, rated: 3, rate: 0.667 },
      helpCases: 0,
    });
  });

  it('refuses the summary to members and names a malformed month', async () => {
    expect((await get('/summary?month=2030-01', w.members[0]!.headers)).statusCode).toBe(403);
    const bad = await get('/summary?month=2030-13', w.chair.headers);
    expect([bad.statusCode, bad.json().message]).toEqual([400, '月份格式不正确']);
  });

  it('exports the month as an XLSX workbook with the figures and one row per visit, confidential ones without content', async () => {
    standAt('2030-01-21', '09:00');
    const response = await get('/summary/export?month=2030-01', w.chair.headers);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const figures = workbook.getWorksheet('汇总')!;
    expect(String(figures.getCell('A1').value)).toMatch(/2030年1月 工会主席接待日$/);
    const values = new Map<string, unknown>();
    figures.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get('接待日场次')).toBe(1);
    expect(values.get('按期答复率')).toBe('50.0%');
    expect(values.get('满意率（满意+基本满意）')).toBe('66.7%');

    const detail = workbook.getWorksheet('接待明细')!;
    expect(detail.rowCount).toBe(6);
    const rows = Array.from({ length: 5 }, (_, i) => detail.getRow(i + 2).values as unknown[]);
    const secret = rows.find((r) => r[2] === '15:40')!;
    expect(secret.slice(5, 9)).toEqual(['生活', '（会员希望保密）', '已评价', '（会员希望保密）']);
    const lapsing = rows.find((r) => r[2] === '14:20')!;
    expect(lapsing[7]).toBe('逾期未答复');
  });
});
