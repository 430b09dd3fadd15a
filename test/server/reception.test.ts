import { createMember, signIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  act,
  at,
  book,
  type Headers,
  publish,
  receptionWorld,
  resetClock,
  standAt,
  WEDNESDAY,
} from './reception-fixtures';

let t: TestApp;
let w: Awaited<ReturnType<typeof receptionWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await receptionWorld(t.app, t.db);
});
afterAll(async () => {
  resetClock();
  await t.close();
});

const get = (url: string, headers: Headers) => t.app.inject({ method: 'GET', url: `/api/reception${url}`, headers });
const receptionMessages = (memberId: number) =>
  t.db.query<{ title: string; body: string; link: string }>(
    `SELECT title, body, link FROM notifications WHERE member_id = $1 AND kind = 'reception' ORDER BY id`,
    [memberId],
  );

/** A one-off session on `date` received by the chair; answers its id. */
async function session(date: string, startTime = '14:00', endTime = '17:00') {
  standAt(date, '08:00');
  const response = await publish(t.app, w.chair.headers, { date, startTime, endTime, receiverId: w.chair.id });
  expect(response.statusCode).toBe(201);
  return response.json().items[0].id as number;
}

describe('publishing reception sessions', () => {
  it('publishes a weekly session on every Wednesday until the end date, each with its slots', async () => {
    standAt('2030-03-01', '09:00');
    const response = await publish(t.app, w.staff.headers, {
      repeat: 'weekly',
      date: '2030-03-06',
      until: '2030-03-27',
      receiverId: w.chair.id,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.created).toBe(4);
    expect(body.items.map((s: { date: string }) => s.date)).toEqual([
      '2030-03-06',
      '2030-03-13',
      '2030-03-20',
      '2030-03-27',
    ]);
    expect(body.items[0]).toMatchObject({
      slotCount: 9,
      freeSlots: 9,
      weekly: true,
      receiverName: '王建国',
      receiverRole: 'chair',
      place: '工会办公室',
    });

    const listed = (await get('/sessions', w.members[0]!.headers)).json().items;
    expect(listed.map((s: { date: string }) => s.date)).toEqual([
      '2030-03-06',
      '2030-03-13',
      '2030-03-20',
      '2030-03-27',
    ]);
    const detail = (await get(`/sessions/${listed[0].id}`, w.members[0]!.headers)).json();
    expect(detail.slots[0]).toEqual({
      startsAt: at('2030-03-06', '14:00').toISOString(),
      endsAt: at('2030-03-06', '14:20').toISOString(),
      state: 'free',
    });
    expect(detail.slots.at(-1).startsAt).toBe(at('2030-03-06', '16:40').toISOString());
  });

  it('lets staff name a vice-chair as receiver and refuses anyone who is not an officer', async () => {
    standAt('2030-03-01', '09:00');
    const receivers = (await get('/receivers', w.staff.headers)).json().items;
    expect(receivers).toEqual([
      { id: w.chair.id, name: '王建国', role: 'chair' },
      { id: w.staff.id, name: '李秀梅', role: 'vice_chair' },
    ]);
    const vice = await publish(t.app, w.staff.headers, { date: '2030-03-07', receiverId: w.staff.id });
    expect(vice.json().items[0].receiverRole).toBe('vice_chair');

    const plain = await publish(t.app, w.staff.headers, { date: '2030-03-07', receiverId: w.members[0]!.id });
    expect(plain.statusCode).toBe(400);
    expect(plain.json().message).toBe('接待人须为本工会的工会主席或工会干事');
    const byMember = await publish(t.app, w.members[0]!.headers, { date: '2030-03-07', receiverId: w.chair.id });
    expect(byMember.statusCode).toBe(403);
  });

  it('refuses a session that overlaps one the receiver already holds, and bad times, in Chinese', async () => {
    standAt('2030-03-01', '09:00');
    const clash = await publish(t.app, w.chair.headers, {
      date: '2030-03-13',
      startTime: '16:00',
      endTime: '18:00',
      receiverId: w.chair.id,
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().message).toBe('王建国在3月13日 周三已有 14:00–17:00 的接待日');

    const cases: [Record<string, unknown>, string][] = [
      [{ startTime: '17:00', endTime: '14:00' }, '结束时间应晚于开始时间'],
      [{ date: '2030-02-27' }, '日期不能早于今天'],
      [{ repeat: 'weekly' }, '每周重复需要填写重复截止日期'],
      [{ startTime: '14:00', endTime: '14:10' }, '接待时长不足一个时段'],
      [{ startTime: '25:00' }, '开始时间格式不正确'],
      [{ slotMinutes: 5 }, '每个时段分钟数不能小于 10'],
      [{ place: ' ' }, '地点不能为空'],
    ];
    for (const [body, message] of cases) {
      const response = await publish(t.app, w.chair.headers, { date: '2030-04-03', receiverId: w.chair.id, ...body });
      expect({ status: response.statusCode, message: response.json().message }).toEqual({ status: 400, message });
    }
  });
});

describe('booking a slot', () => {
  let sessionId: number;
  beforeAll(async () => {
    sessionId = await session(WEDNESDAY);
  });

  it('books a free slot, confirms it by message and shows it among the member’s appointments', async () => {
    standAt('2030-01-08', '10:00');
    const [member] = w.members;
    const response = await book(t.app, member!.headers, sessionId, at(WEDNESDAY, '14:20'), {
      topic: 'rights',
      description: '女教职工体检安排',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'booked',
      stage: 'booked',
      topic: 'rights',
      description: '女教职工体检安排',
      canCancel: true,
      canHandle: false,
    });

    const [message] = await receptionMessages(member!.id);
    expect(message).toEqual({
      title: '接待日预约成功',
      body: '1月9日 周三 14:20，工会办公室，王建国接待。请准时到场。',
      link: `/packages/reception/pages/appointment/index?id=${response.json().id}`,
    });
    const mine = (await get('/appointments/mine', member!.headers)).json().items;
    expect(mine.map((a: { id: number }) => a.id)).toContain(response.json().id);
    const detail = (await get(`/sessions/${sessionId}`, member!.headers)).json();
    expect(detail.slots[1].state).toBe('mine');
    expect(detail.myAppointmentId).toBe(response.json().id);
    expect((await get(`/sessions/${sessionId}`, w.members[1]!.headers)).json().slots[1].state).toBe('taken');
  });

  it('refuses a slot someone holds and a second upcoming appointment in the same session', async () => {
    standAt('2030-01-08', '10:00');
    const taken = await book(t.app, w.members[1]!.headers, sessionId, at(WEDNESDAY, '14:20'));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().message).toBe('这个时段刚被其他会员约走了，请选择其他时段');

    const second = await book(t.app, w.members[0]!.headers, sessionId, at(WEDNESDAY, '15:00'));
    expect(second.statusCode).toBe(409);
    expect(second.json().message).toBe('您已预约了这场接待日 14:20 的时段，如需改约请先取消原预约');
    const [count] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reception_appointments WHERE session_id = $1`,
      [sessionId],
    );
    expect(count!.n).toBe(1);
  });

  it('refuses a slot that has ended, a time that is not a slot, and another school’s session', async () => {
    standAt(WEDNESDAY, '14:25');
    const ended = await book(t.app, w.members[1]!.headers, sessionId, at(WEDNESDAY, '14:00'));
    expect([ended.statusCode, ended.json().message]).toEqual([409, '这个时段已经结束，请选择之后的时段']);
    expect((await get(`/sessions/${sessionId}`, w.members[1]!.headers)).json().slots[0].state).toBe('past');
    const odd = await book(t.app, w.members[1]!.headers, sessionId, at(WEDNESDAY, '14:30'));
    expect([odd.statusCode, odd.json().message]).toEqual([400, '所选时间不是这场接待日的预约时段，请刷新后重试']);
    const foreign = await book(t.app, w.otherChair.headers, sessionId, at(WEDNESDAY, '15:00'));
    expect([foreign.statusCode, foreign.json().message]).toEqual([404, '接待日不存在']);
  });

  it('takes a walk-in: a free slot under way can still be booked until it ends', async () => {
    const passerBy = await signIn(t.app, await createMember(t.db, w.tree.schoolId));
    standAt(WEDNESDAY, '14:45');
    const walkIn = await book(t.app, passerBy, sessionId, at(WEDNESDAY, '14:40'), {
      topic: 'other',
      description: '路过问问疗休养',
    });
    expect(walkIn.statusCode).toBe(201);
    expect(walkIn.json()).toMatchObject({ status: 'booked', canCancel: false });
    expect((await act(t.app, passerBy, walkIn.json().id, 'cancel', {})).statusCode).toBe(409);
  });

  it('names the field when the booking form is wrong', async () => {
    standAt('2030-01-08', '10:00');
    const topic = await book(t.app, w.members[1]!.headers, sessionId, at(WEDNESDAY, '15:00'), { topic: 'money' });
    expect([topic.statusCode, topic.json().message]).toEqual([400, '话题的取值无效']);
    const blank = await book(t.app, w.members[1]!.headers, sessionId, at(WEDNESDAY, '15:00'), { description: '   ' });
    expect([blank.statusCode, blank.json().message]).toEqual([400, '简要说明不能为空']);
    const long = await book(t.app, w.members[1]!.headers, sessionId, at(WEDNESDAY, '15:00'), {
      description: '长'.repeat(201),
    });
    expect([long.statusCode, long.json().message]).toEqual([400, '简要说明不能超过 200 个字']);
  });

  it('lets a member cancel before the slot starts, which frees it, and not after', async () => {
    standAt('2030-01-08', '10:00');
    const [, member, other] = w.members;
    const booked = (await book(t.app, member!.headers, sessionId, at(WEDNESDAY, '16:40'))).json();
    const cancelled = await act(t.app, member!.headers, booked.id, 'cancel', {});
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelledByMember: true, canCancel: false });
    expect((await book(t.app, other!.headers, sessionId, at(WEDNESDAY, '16:40'))).statusCode).toBe(201);

    const again = (await book(t.app, member!.headers, sessionId, at(WEDNESDAY, '16:20'))).json();
    standAt(WEDNESDAY, '16:21');
    const late = await act(t.app, member!.headers, again.id, 'cancel', {});
    expect([late.statusCode, late.json().message]).toEqual([409, '接待已经开始，不能取消预约']);
  });
});

describe('who sees an appointment', () => {
  let sessionId: number;
  let open: number;
  let secret: number;
  beforeAll(async () => {
    sessionId = await session('2030-01-16');
    open = (
      await book(t.app, w.members[0]!.headers, sessionId, at('2030-01-16', '14:00'), { description: '食堂午餐价格' })
    ).json().id;
    secret = (
      await book(t.app, w.members[1]!.headers, sessionId, at('2030-01-16', '14:20'), {
        topic: 'life',
        description: '家中老人住院',
        confidential: true,
      })
    ).json().id;
  });

  it('shows a member their own appointment and no one else’s', async () => {
    standAt('2030-01-16', '09:00');
    expect((await get(`/appointments/${open}`, w.members[0]!.headers)).statusCode).toBe(200);
    const other = await get(`/appointments/${open}`, w.members[2]!.headers);
    expect([other.statusCode, other.json().message]).toEqual([404, '预约不存在或您无权查看']);
    expect((await get('/today', w.members[2]!.headers)).statusCode).toBe(403);
    expect((await act(t.app, w.members[2]!.headers, open, 'cancel', {})).statusCode).toBe(404);
  });

  it('shows the union’s chair and staff its appointments, and another school’s chair nothing', async () => {
    standAt('2030-01-16', '09:00');
    const today = (await get('/today', w.chair.headers)).json();
    expect(today.items.map((a: { id: number }) => a.id)).toEqual([open, secret]);
    expect(today.items[0]).toMatchObject({
      topic: 'work',
      description: '食堂午餐价格',
      member: { name: w.members[0]!.name, branchName: '语文组分工会' },
    });
    expect((await get(`/appointments/${open}`, w.staff.headers)).json().description).toBe('食堂午餐价格');

    expect((await get(`/appointments/${open}`, w.otherChair.headers)).statusCode).toBe(404);
    expect((await get('/today', w.otherChair.headers)).json().items).toEqual([]);
    expect((await act(t.app, w.otherChair.headers, open, 'attendance', { attended: true })).statusCode).toBe(404);
  });

  it('shows a confidential description to the receiving chair only', async () => {
    standAt('2030-01-16', '14:25');
    const forChair = (await get(`/appointments/${secret}`, w.chair.headers)).json();
    expect(forChair).toMatchObject({ description: '家中老人住院', contentHidden: false, canHandle: true });
    const forStaff = (await get('/today', w.staff.headers)).json().items.find((a: { id: number }) => a.id === secret);
    expect(forStaff).toMatchObject({
      topic: 'life',
      confidential: true,
      contentHidden: true,
      description: null,
      canHandle: false,
    });
    expect((await get(`/appointments/${secret}`, w.members[1]!.headers)).json().description).toBe('家中老人住院');

    expect((await act(t.app, w.staff.headers, secret, 'attendance', { attended: true })).statusCode).toBe(200);
    const register = await act(t.app, w.staff.headers, secret, 'outcome', { raised: '代为登记' }, 'PUT');
    expect([register.statusCode, register.json().message]).toEqual([
      403,
      '会员希望保密，只有接待人可以登记、交办和答复',
    ]);
    expect(
      (await act(t.app, w.chair.headers, secret, 'outcome', { raised: '母亲住院，需请假照顾' }, 'PUT')).statusCode,
    ).toBe(200);
    expect((await get(`/appointments/${secret}`, w.staff.headers)).json().raised).toBeNull();
  });
});

describe('from the visit to the member’s rating', () => {
  let sessionId: number;
  let visit: number;
  let member: (typeof w.members)[number];
  beforeAll(async () => {
    member = w.members[2]!;
    sessionId = await session('2030-01-23');
    visit = (
      await book(t.app, member.headers, sessionId, at('2030-01-23', '15:00'), {
        topic: 'suggestion',
        description: '建议增设教师休息室',
      })
    ).json().id;
  });

  it('lists today’s appointments in time order with topic and description for the chair', async () => {
    const early = (
      await book(t.app, w.members[0]!.headers, sessionId, at('2030-01-23', '14:00'), { description: '课时量核定' })
    ).json().id;
    standAt('2030-01-23', '13:00');
    const today = (await get('/today', w.chair.headers)).json();
    expect(today.date).toBe('2030-01-23');
    expect(today.items.map((a: { id: number; slotStart: string }) => [a.id, a.slotStart])).toEqual([
      [early, at('2030-01-23', '14:00').toISOString()],
      [visit, at('2030-01-23', '15:00').toISOString()],
    ]);
    expect(today.items[1]).toMatchObject({
      topic: 'suggestion',
      description: '建议增设教师休息室',
      stage: 'booked',
      canHandle: true,
    });
    expect(today.sessions[0]).toMatchObject({ id: sessionId, slotCount: 9, bookedCount: 2, freeSlots: 7 });

    const week = (await get('/week?date=2030-01-21', w.chair.headers)).json();
    expect(week).toMatchObject({ start: '2030-01-21', end: '2030-01-27' });
    expect(week.sessions[0].appointments.map((a: { id: number }) => a.id)).toEqual([early, visit]);
    const desk = (await get('/desk', w.chair.headers)).json();
    expect(desk).toMatchObject({ canManage: true, isReceiver: true, todayCount: 2 });
  });

  it('refuses to mark attendance before the day and sets the reply deadline a week after the visit', async () => {
    standAt('2030-01-22', '09:00');
    const early = await act(t.app, w.chair.headers, visit, 'attendance', { attended: true });
    expect([early.statusCode, early.json().message]).toEqual([409, '接待日还没到，不能登记到场情况']);
    standAt('2030-01-23', '15:05');
    const arrived = await act(t.app, w.chair.headers, visit, 'attendance', { attended: true });
    expect(arrived.json()).toMatchObject({ status: 'arrived', stage: 'arrived', dueOn: '2030-01-30', overdue: false });
    const byMember = await act(t.app, member.headers, visit, 'attendance', { attended: true });
    expect(byMember.statusCode).toBe(403);
  });

  it('registers what was raised, hands it on with a 7-day deadline, and refuses a deadline in the past', async () => {
    standAt('2030-01-23', '15:20');
    const replyFirst = await act(t.app, w.chair.headers, visit, 'reply', { reply: '好的' });
    expect([replyFirst.statusCode, replyFirst.json().message]).toEqual([409, '请先登记会员反映的问题，再答复']);

    const registered = await act(
      t.app,
      w.chair.headers,
      visit,
      'outcome',
      { raised: '三楼空教室改为教师休息室', helpCaseRequested: false },
      'PUT',
    );
    expect(registered.json()).toMatchObject({ stage: 'registered', raised: '三楼空教室改为教师休息室' });
    const past = await act(t.app, w.chair.headers, visit, 'assignment', { assignee: '后勤处', dueOn: '2030-01-22' });
    expect([past.statusCode, past.json().message]).toEqual([400, '答复期限不能早于今天']);
    const assigned = await act(t.app, w.chair.headers, visit, 'assignment', { assignee: '后勤处 周主任' });
    expect(assigned.json()).toMatchObject({ stage: 'assigned', assignee: '后勤处 周主任', dueOn: '2030-01-30' });

    const seenByMember = (await get(`/appointments/${visit}`, member.headers)).json();
    expect(seenByMember).toMatchObject({
      stage: 'assigned',
      dueOn: '2030-01-30',
      assignee: null,
      raised: null,
      reply: null,
    });
  });

  it('replies, tells the member, and takes the member’s rating once', async () => {
    standAt('2030-01-24', '10:00');
    const rateEarly = await act(t.app, member.headers, visit, 'rating', { rating: 'satisfied' });
    expect([rateEarly.statusCode, rateEarly.json().message]).toEqual([409, '还没有答复，答复后才能评价']);

    const replied = await act(t.app, w.chair.headers, visit, 'reply', {
      reply: '后勤处已同意，下月起三楼 305 作为教师休息室。',
    });
    expect(replied.json()).toMatchObject({ stage: 'replied', repliedOnTime: true });
    const again = await act(t.app, w.chair.headers, visit, 'reply', { reply: '再答复一次' });
    expect([again.statusCode, again.json().message]).toEqual([409, '已经答复过了，不能重复答复']);
    expect((await receptionMessages(member.id)).at(-1)).toMatchObject({ title: '您反映的问题已答复' });

    const byChair = await act(t.app, w.chair.headers, visit, 'rating', { rating: 'satisfied' });
    expect([byChair.statusCode, byChair.json().message]).toEqual([403, '只有预约的会员本人可以评价']);
    const rated = await act(t.app, member.headers, visit, 'rating', {
      rating: 'basically_satisfied',
      comment: '希望尽快落实',
    });
    expect(rated.json()).toMatchObject({
      stage: 'rated',
      rating: 'basically_satisfied',
      reply: '后勤处已同意，下月起三楼 305 作为教师休息室。',
    });
    const twice = await act(t.app, member.headers, visit, 'rating', { rating: 'dissatisfied' });
    expect([twice.statusCode, twice.json().message]).toEqual([409, '您已经评价过了']);
  });

  it('turns a visit into a help case the member can follow, once, in the same step as the record', async () => {
    standAt('2030-01-23', '16:00');
    const id = (
      await t.db.query<{ id: number }>(
        `SELECT id FROM reception_appointments WHERE session_id = $1 AND slot_start = $2`,
        [sessionId, at('2030-01-23', '14:00')],
      )
    )[0]!.id;
    const visitor = w.members[0]!;
    const casesOf = () => t.db.query<{ id: number }>(`SELECT id FROM help_requests WHERE member_id = $1`, [visitor.id]);

    const unknownCategory = await act(
      t.app,
      w.chair.headers,
      id,
      'outcome',
      { raised: '家庭经济困难', helpCaseRequested: true, helpCategoryId: 999999 },
      'PUT',
    );
    expect([unknownCategory.statusCode, unknownCategory.json().message]).toEqual([400, '求助类别不存在或已停用']);
    const [untouched] = await t.db.query(
      `SELECT raised, help_case_requested, help_case_id FROM reception_appointments WHERE id = $1`,
      [id],
    );
    expect(untouched).toEqual({ raised: null, help_case_requested: false, help_case_id: null });
    expect(await casesOf()).toEqual([]);

    // The chair's form offers the union's help categories.
    const categories = (
      await t.app.inject({ method: 'GET', url: '/api/help/categories', headers: w.chair.headers })
    ).json();
    const category = categories.items.find((c: { name: string }) => c.name === '生活困难');
    const raised = '母亲住院，家庭经济困难\n希望工会帮助申请大病救助';
    const response = await act(
      t.app,
      w.chair.headers,
      id,
      'outcome',
      {
        raised,
        helpCaseRequested: true,
        helpCaseNote: '建议慰问',
        helpCategoryId: category!.id,
        helpCaseTitle: '  母亲住院，申请大病救助 ',
      },
      'PUT',
    );
    expect(response.json()).toMatchObject({
      stage: 'registered',
      status: 'arrived',
      helpCaseRequested: true,
      helpCaseNote: '建议慰问',
      dueOn: '2030-01-30',
    });
    const helpCaseId = response.json().helpCaseId;
    const [kase] = await t.db.query(
      `SELECT id, member_id, category_id, title, description, source, source_ref, status FROM help_requests WHERE id = $1`,
      [helpCaseId],
    );
    expect(kase).toEqual({
      id: helpCaseId,
      member_id: visitor.id,
      category_id: category!.id,
      title: '母亲住院，申请大病救助',
      description: raised,
      source: 'reception',
      source_ref: `reception-appointment:${id}`,
      status: 'submitted',
    });
    const [note] = await t.db.query(`SELECT body, internal FROM help_events WHERE request_id = $1 AND kind = 'note'`, [
      helpCaseId,
    ]);
    expect(note).toEqual({ body: '建议慰问', internal: true });

    // The member follows it in 困难帮扶, without the chair's internal note.
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/reception/appointments/${id}`,
      headers: visitor.headers,
    });
    expect(own.json()).toMatchObject({ helpCaseId, helpCaseNote: null, raised: null });
    const followed = await t.app.inject({
      method: 'GET',
      url: `/api/help/requests/${helpCaseId}`,
      headers: visitor.headers,
    });
    expect(followed.statusCode).toBe(200);
    expect(JSON.stringify(followed.json())).not.toContain('建议慰问');
    const [told] = await t.db.query(`SELECT title FROM notifications WHERE member_id = $1 ORDER BY id DESC LIMIT 1`, [
      visitor.id,
    ]);
    expect(told).toEqual({ title: '您反映的问题已登记为求助' });

    const edited = await act(
      t.app,
      w.chair.headers,
      id,
      'outcome',
      { raised: `${raised}。已补充病历`, helpCaseRequested: true },
      'PUT',
    );
    expect(edited.json().helpCaseId).toBe(helpCaseId);
    expect(await casesOf()).toEqual([{ id: helpCaseId }]);
    const withdrawn = await act(t.app, w.chair.headers, id, 'outcome', { raised, helpCaseRequested: false }, 'PUT');
    expect([withdrawn.statusCode, withdrawn.json().message]).toEqual([
      409,
      '已转为困难帮扶个案，不能撤销；如需结案请在困难帮扶中办理',
    ]);
  });
});

describe('no-shows and cancellations by the union', () => {
  it('marks a no-show, which needs no reply', async () => {
    const sessionId = await session('2030-02-06');
    const id = (await book(t.app, w.members[0]!.headers, sessionId, at('2030-02-06', '14:00'))).json().id;
    standAt('2030-02-06', '15:00');
    const response = await act(t.app, w.chair.headers, id, 'attendance', { attended: false });
    expect(response.json()).toMatchObject({ status: 'no_show', stage: 'no_show', dueOn: null });
    const register = await act(t.app, w.chair.headers, id, 'outcome', { raised: '补登记' }, 'PUT');
    expect([register.statusCode, register.json().message]).toEqual([409, '会员未到场，请先改为已到场再登记']);
  });

  it('tells the member when the chair cancels their appointment', async () => {
    const sessionId = await session('2030-02-13');
    const id = (await book(t.app, w.members[1]!.headers, sessionId, at('2030-02-13', '14:40'))).json().id;
    const response = await act(t.app, w.chair.headers, id, 'cancel', { reason: '主席临时外出开会' });
    expect(response.json()).toMatchObject({
      status: 'cancelled',
      cancelledByMember: false,
      cancelReason: '主席临时外出开会',
    });
    expect((await receptionMessages(w.members[1]!.id)).at(-1)).toEqual({
      title: '接待日预约已取消',
      body: '您 2月13日 周三 14:40 的接待预约已由工会取消：主席临时外出开会。如有需要请重新预约。',
      link: `/packages/reception/pages/appointment/index?id=${id}`,
    });
  });

  it('cancels a whole session, telling each member who booked, but not one that has begun', async () => {
    const sessionId = await session('2030-02-20');
    const a = (await book(t.app, w.members[0]!.headers, sessionId, at('2030-02-20', '14:00'))).json().id;
    const b = (await book(t.app, w.members[2]!.headers, sessionId, at('2030-02-20', '14:20'))).json().id;
    const cancel = (headers: Headers) =>
      t.app.inject({
        method: 'POST',
        url: `/api/reception/sessions/${sessionId}/cancel`,
        headers,
        payload: { reason: '区里开会' },
      });
    expect((await cancel(w.members[0]!.headers)).statusCode).toBe(403);
    const response = await cancel(w.staff.headers);
    expect(response.json()).toMatchObject({ status: 'cancelled', cancelReason: '区里开会', freeSlots: 0 });
    for (const [id, m] of [
      [a, w.members[0]!],
      [b, w.members[2]!],
    ] as const) {
      expect((await get(`/appointments/${id}`, m.headers)).json().status).toBe('cancelled');
      expect((await receptionMessages(m.id)).at(-1)!.body).toContain('区里开会');
    }
    expect((await get('/sessions', w.members[0]!.headers)).json().items.map((s: { id: number }) => s.id)).not.toContain(
      sessionId,
    );

    const begun = await session('2030-02-27');
    const c = (await book(t.app, w.members[0]!.headers, begun, at('2030-02-27', '14:00'))).json().id;
    standAt('2030-02-27', '14:05');
    await act(t.app, w.chair.headers, c, 'attendance', { attended: true });
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/reception/sessions/${begun}/cancel`,
      headers: w.chair.headers,
      payload: { reason: '临时有事' },
    });
    expect([refused.statusCode, refused.json().message]).toEqual([409, '这场接待日已有会员到场，不能取消']);
  });
});

describe('the API document', () => {
  it('names the reception operations', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const ids = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((p) =>
      Object.values(p).map((o) => o.operationId),
    );
    for (const id of [
      'listReceptionSessions',
      'bookReceptionSlot',
      'listTodayReceptions',
      'recordReceptionOutcome',
      'exportReceptionSummary',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

// Members of the other school only ever see their own union's sessions.
it('lists only the member’s own union’s sessions', async () => {
  standAt('2030-01-01', '09:00');
  const stranger = await signIn(t.app, await createMember(t.db, w.tree.otherSchoolId));
  expect((await get('/sessions', stranger)).json().items).toEqual([]);
});
