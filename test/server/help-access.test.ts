import { act, categoryId, caseIn, expectOk, type HelpWorld, helpWorld, newCase, rate, submit } from './help-fixtures';

let w: HelpWorld;
beforeAll(async () => {
  w = await helpWorld();
});
afterAll(() => w.close());

const SECRET_NOTE = '其配偶去年已领取过一次补助，需核实家庭收入';

describe('who sees a help case', () => {
  it('lists a member’s own cases only, and hides anyone else’s', async () => {
    const mine = await newCase(w.app, w.member.headers, { title: '张老师的求助' });
    const theirs = await newCase(w.app, w.otherMember.headers, { title: '刘老师的求助' });

    const list = await w.app.inject({ method: 'GET', url: '/api/help/requests/mine', headers: w.member.headers });
    const titles = list.json().items.map((c: { title: string }) => c.title);
    expect(titles).toContain('张老师的求助');
    expect(titles).not.toContain('刘老师的求助');

    const other = await w.app.inject({ method: 'GET', url: `/api/help/requests/${theirs}`, headers: w.member.headers });
    expect(other.statusCode).toBe(404);
    expect(other.json().message).toBe('求助不存在');
    // The member page is for the member: a handler opens the case page instead.
    expect(
      (await w.app.inject({ method: 'GET', url: `/api/help/requests/${mine}`, headers: w.staff.headers })).statusCode,
    ).toBe(404);
  });

  it('keeps the handlers’ routes from members and from another school’s staff', async () => {
    const id = await newCase(w.app, w.member.headers);
    for (const url of [
      '/api/help/cases',
      `/api/help/cases/${id}`,
      '/api/help/summary',
      '/api/help/visits',
      '/api/help/export',
      '/api/help/handlers',
    ]) {
      const response = await w.app.inject({ method: 'GET', url, headers: w.member.headers });
      expect(response.statusCode).toBe(403);
      expect(response.json().message).toBe('您没有权限进行此操作');
    }
    expect(
      (await w.app.inject({ method: 'GET', url: `/api/help/cases/${id}`, headers: w.otherSchoolStaff.headers }))
        .statusCode,
    ).toBe(404);
    const queue = await w.app.inject({ method: 'GET', url: '/api/help/cases', headers: w.otherSchoolStaff.headers });
    expect(queue.json().items.map((c: { id: number }) => c.id)).not.toContain(id);
    const note = await w.app.inject({
      method: 'POST',
      url: `/api/help/requests/${id}/notes`,
      headers: w.member.headers,
      payload: { body: '我自己写备注' },
    });
    expect(note.statusCode).toBe(403);
  });

  it('never lets an internal note reach the member', async () => {
    const id = await caseIn(w, 'in_progress');
    await expectOk(
      await w.app.inject({
        method: 'POST',
        url: `/api/help/requests/${id}/notes`,
        headers: w.staff.headers,
        payload: { body: SECRET_NOTE },
      }),
      204,
    );
    await expectOk(
      await w.app.inject({
        method: 'POST',
        url: `/api/help/requests/${id}/replies`,
        headers: w.staff.headers,
        payload: { body: '材料已收到，正在报工会委员会研究。' },
      }),
      204,
    );

    const handlerView = await w.app.inject({ method: 'GET', url: `/api/help/cases/${id}`, headers: w.staff.headers });
    expect(handlerView.json().events).toContainEqual(
      expect.objectContaining({ kind: 'note', body: SECRET_NOTE, internal: true }),
    );

    const memberResponses = [
      await w.app.inject({ method: 'GET', url: `/api/help/requests/${id}`, headers: w.member.headers }),
      await w.app.inject({ method: 'GET', url: '/api/help/requests/mine', headers: w.member.headers }),
      await w.app.inject({ method: 'GET', url: '/api/messages', headers: w.member.headers }),
      await act(w.app, w.member.headers, id, 'withdraw'),
    ];
    for (const response of memberResponses) expect(response.body).not.toContain(SECRET_NOTE);
    const events = memberResponses[0]!.json().events as { kind: string; body: string }[];
    expect(events.map((e) => e.kind)).not.toContain('note');
    expect(events).toContainEqual(
      expect.objectContaining({ kind: 'reply', body: '材料已收到，正在报工会委员会研究。', actorName: '李干事' }),
    );
  });

  it('hides who sent an anonymous 意见建议 from the handlers, and allows anonymity for that category only', async () => {
    const suggestions = await categoryId(w.app, w.member.headers, '意见建议');
    const created = await submit(w.app, w.member.headers, {
      categoryId: suggestions,
      title: '食堂晚餐时间建议',
      description: '建议晚餐延长到 19:00。',
      urgency: 'normal',
      contactPreference: 'message',
      anonymous: true,
    });
    await expectOk(created, 201);
    const id = created.json().id;
    await expectOk(await act(w.app, w.staff.headers, id, 'accept'));

    const view = await w.app.inject({ method: 'GET', url: `/api/help/cases/${id}`, headers: w.staff.headers });
    expect(view.json()).toMatchObject({ anonymous: true, member: null });
    expect(view.json().events.find((e: { kind: string }) => e.kind === 'submitted').actorName).toBeNull();
    expect(view.body).not.toContain('张老师');
    const queue = await w.app.inject({
      method: 'GET',
      url: '/api/help/cases?status=accepted',
      headers: w.staff.headers,
    });
    expect(queue.json().items.find((c: { id: number }) => c.id === id)).toMatchObject({
      memberName: null,
      branchName: null,
    });

    // The member still follows it as their own.
    const own = await w.app.inject({ method: 'GET', url: `/api/help/requests/${id}`, headers: w.member.headers });
    expect(own.json()).toMatchObject({ anonymous: true, status: 'accepted', handlerName: '李干事' });

    const notAllowed = await submit(w.app, w.member.headers, { anonymous: true });
    expect(notAllowed.statusCode).toBe(400);
    expect(notAllowed.json().message).toBe('「大病医疗」不能匿名提交，只有意见建议可以匿名');
  });

  it('names the field when a submission is too long or incomplete', async () => {
    const long = await submit(w.app, w.member.headers, { title: '长'.repeat(51) });
    expect(long.statusCode).toBe(400);
    expect(long.json().message).toBe('标题不能超过 50 个字');
    const longer = await submit(w.app, w.member.headers, { description: '长'.repeat(1001) });
    expect(longer.json().message).toBe('情况说明不能超过 1000 个字');
    const blank = await submit(w.app, w.member.headers, { title: '   ' });
    expect(blank.json().message).toBe('请填写标题');
    const noCategory = await submit(w.app, w.member.headers, { categoryId: 999999 });
    expect(noCategory.json().message).toBe('求助类别不存在或已停用');
    const urgency = await submit(w.app, w.member.headers, { urgency: 'asap' });
    expect(urgency.json().message).toBe('紧急程度的取值无效');
  });
});

describe('the API document', () => {
  it('lists the help operations', async () => {
    const document = (await w.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = Object.values(
      document.paths as Record<string, Record<string, { operationId?: string }>>,
    ).flatMap((path) => Object.values(path).map((op) => op.operationId));
    expect(operations).toEqual(
      expect.arrayContaining([
        'createHelpRequest',
        'listMyHelpRequests',
        'getHelpRequest',
        'transitionHelpRequest',
        'rateHelpRequest',
        'uploadHelpAttachment',
        'getHelpAttachment',
        'listHelpCases',
        'exportHelpRequests',
      ]),
    );
  });
});

describe('messages to the member', () => {
  it('tells the member of every change that concerns them, and the handler of the member’s moves', async () => {
    const before = await w.db.query<{ id: number }>(`SELECT coalesce(max(id), 0) AS id FROM notifications`);
    const id = await newCase(w.app, w.member.headers, { title: '合同续签争议' });
    await expectOk(await act(w.app, w.staff.headers, id, 'accept'));
    await expectOk(await act(w.app, w.staff.headers, id, 'assign', { handlerId: w.chair.id }));
    await expectOk(await act(w.app, w.chair.headers, id, 'start'));
    await expectOk(await act(w.app, w.chair.headers, id, 'request_info', { message: '请补充劳动合同复印件' }));
    await expectOk(await act(w.app, w.member.headers, id, 'supplement', { message: '合同已拍照上传' }));
    await expectOk(
      await w.app.inject({
        method: 'POST',
        url: `/api/help/requests/${id}/replies`,
        headers: w.chair.headers,
        payload: { body: '已约人事处周三面谈。' },
      }),
      204,
    );
    await expectOk(await act(w.app, w.chair.headers, id, 'resolve', { outcome: '学校同意按原岗位续签三年' }));
    await expectOk(await rate(w.app, w.member.headers, id, 'satisfied', '谢谢主席'));

    const messages = await w.db.query<{ memberId: number; kind: string; title: string; link: string }>(
      `SELECT member_id AS "memberId", kind, title, link FROM notifications WHERE id > $1 ORDER BY id`,
      [before[0]!.id],
    );
    const toMember = messages.filter((m) => m.memberId === w.member.id);
    expect(toMember.map((m) => m.title)).toEqual([
      '您的求助已受理',
      '您的求助已改派',
      '您的求助正在处理',
      '请补充求助材料',
      '工会回复了您的求助',
      '您的求助已办结',
    ]);
    expect(toMember.every((m) => m.kind === 'help' && m.link === `/packages/help/pages/detail/index?id=${id}`)).toBe(
      true,
    );
    const toChair = messages.filter((m) => m.memberId === w.chair.id).map((m) => m.title);
    expect(toChair).toEqual(['新的求助待受理', '交给您办理的求助', '会员已补充材料', '会员评价：满意']);
  });
});
