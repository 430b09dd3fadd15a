import { act, at, book, receptionHelpers, receptionSuite, standAt } from './reception-fixtures';

const { t, w } = receptionSuite();
const { get, receptionMessages, session } = receptionHelpers(t, w);

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
