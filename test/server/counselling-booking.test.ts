import {
  at,
  book,
  consent,
  counsellingDiaryHelpers,
  counsellingDiarySuite,
  iso,
  mine,
  request,
  standAt,
  storedAbout,
  THURSDAY,
  TUESDAY,
  WEDNESDAY,
} from './counselling-fixtures';

const { t, s } = counsellingDiarySuite();
const { counsellingMessages } = counsellingDiaryHelpers(t, s);

describe('booking', () => {
  it('books a session and tells the counsellor only that something changed', async () => {
    const response = await request(t.app, s.a, {
      counsellorId: s.xId,
      startsAt: iso(TUESDAY, '09:00'),
      alias: '小林',
      note: '最近睡不好，想聊聊',
      contact: 'phone',
      mode: 'phone',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'requested',
      mode: 'phone',
      alias: '小林',
      note: '最近睡不好，想聊聊',
      counsellor: { id: s.xId, displayName: '陈老师' },
      canCancel: true,
      canRate: false,
    });
    const message = (await counsellingMessages()).filter((m) => m.member_id === s.x.id).at(-1);
    expect(message).toEqual({
      member_id: s.x.id,
      title: '咨询工作台有更新',
      body: '请打开查看详情。',
      link: `/packages/counselling/pages/desk-appointment/index?id=${response.json().id}`,
    });
  });

  it('never double-books: two members asking for one session at once get one yes and one clear no', async () => {
    const responses = await Promise.all(
      [s.a, s.b].map((who) => request(t.app, who, { counsellorId: s.xId, startsAt: iso(TUESDAY, '10:00') })),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().message).toBe('这个时段刚刚被预约了，请换一个时间');
    const [count] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM counselling_appointments WHERE counsellor_id = $1`,
      [s.xId],
    );
    expect(count!.n).toBe(1);
  });

  it('keeps overlapping sessions of one counsellor out at the database, whatever the caller', async () => {
    await book(t.app, s.a, s.xId, iso(TUESDAY, '10:00'));
    // 10:55 starts inside the 10-minute buffer after the 10:00 session.
    await expect(
      t.db.query(
        `INSERT INTO counselling_appointments (union_id, counsellor_id, member_id, status, mode, starts_at, ends_at, held_until, contact)
         VALUES ($1, $2, $3, 'requested', 'phone', $4, $5, $5, 'message')`,
        [s.tree.schoolId, s.xId, s.b.id, at(TUESDAY, '10:55'), at(TUESDAY, '11:45')],
      ),
    ).rejects.toMatchObject({ code: '23P01' });
  });

  it('allows at most two upcoming appointments, even when four are submitted at once', async () => {
    const times = ['09:00', '10:00', '11:00'].map((time) => iso(WEDNESDAY, time)).concat(iso(THURSDAY, '09:00'));
    const responses = await Promise.all(
      times.map((startsAt) => request(t.app, s.c, { counsellorId: s.yId, startsAt })),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 201, 409, 409]);
    for (const refused of responses.filter((r) => r.statusCode === 409)) {
      expect(refused.json()).toEqual({
        code: 'TOO_MANY_UPCOMING',
        message: '您已有 2 个未完成的预约，最多同时预约 2 次；请等其中一个结束或取消后再约',
      });
    }
    const [count] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM counselling_appointments WHERE member_id = $1 AND status IN ('requested', 'proposed', 'confirmed')`,
      [s.c.id],
    );
    expect(count!.n).toBe(2);
  });

  it('holds the two-upcoming limit in the database itself', async () => {
    await book(t.app, s.c, s.yId, iso(WEDNESDAY, '09:00'));
    const insert = (slot: number, time: string) =>
      t.db.query(
        `INSERT INTO counselling_appointments (union_id, counsellor_id, member_id, status, mode, starts_at, ends_at, held_until, contact, upcoming_slot)
         VALUES ($1, $2, $3, 'requested', 'phone', $4, $5, $5, 'message', $6)`,
        [s.tree.schoolId, s.xId, s.c.id, at(THURSDAY, time), at(THURSDAY, '11:50'), slot],
      );
    await expect(insert(1, '11:00')).rejects.toMatchObject({ code: '23505' });
    await expect(insert(3, '11:00')).rejects.toMatchObject({ code: '23514' });
  });

  it('frees a place again once an appointment is cancelled or over', async () => {
    const first = await book(t.app, s.c, s.yId, iso(TUESDAY, '09:00'));
    await book(t.app, s.c, s.yId, iso(WEDNESDAY, '09:00'));
    expect((await request(t.app, s.c, { counsellorId: s.yId, startsAt: iso(THURSDAY, '09:00') })).statusCode).toBe(409);
    expect((await mine(t.app, s.c, 'POST', `/${first}/cancel`)).statusCode).toBe(200);
    await book(t.app, s.c, s.yId, iso(THURSDAY, '09:00'));
    // Once Wednesday's session has begun it is no longer upcoming.
    standAt(WEDNESDAY, '09:05');
    await book(t.app, s.c, s.yId, iso('2030-03-08', '10:00'));
  });

  it('assigns 任一咨询师 to a counsellor who is free at that time and offers the mode', async () => {
    await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'));
    const any = (
      await t.app.inject({ method: 'GET', url: '/api/counselling/slots?mode=online', headers: s.b.headers })
    ).json();
    expect(any.counsellorId).toBeNull();
    expect(any.days[0].slots[0].startsAt).toBe(iso(TUESDAY, '09:00'));
    const response = await request(t.app, s.b, { counsellorId: null, startsAt: iso(TUESDAY, '09:00'), mode: 'online' });
    expect(response.statusCode).toBe(201);
    expect(response.json().counsellor.id).toBe(s.yId);
    // Now nobody is free at 09:00 on Tuesday.
    const none = await request(t.app, s.c, { startsAt: iso(TUESDAY, '09:00') });
    expect(none.statusCode).toBe(409);
  });

  it('does not offer a counsellor to themself', async () => {
    await consent(t.app, s.x);
    const listed = (
      await t.app.inject({ method: 'GET', url: '/api/counselling/counsellors', headers: s.x.headers })
    ).json();
    expect(listed.items.map((c: { id: number }) => c.id)).toEqual([s.yId]);
    const own = await request(t.app, s.x, { counsellorId: s.xId, startsAt: iso(TUESDAY, '09:00') });
    expect(own.json()).toEqual({ code: 'BAD_REQUEST', message: '不能预约自己的咨询，请选择其他咨询师' });
    expect((await request(t.app, s.x, { startsAt: iso(TUESDAY, '09:00') })).json().counsellor.id).toBe(s.yId);
  });

  it('names the field or rule in Chinese for bad input, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ counsellorId: s.xId, startsAt: iso(TUESDAY, '09:00'), note: '长'.repeat(501) }, '想说的话不能超过 500 个字'],
      [{ counsellorId: s.xId, startsAt: iso(TUESDAY, '09:00'), alias: '名'.repeat(21) }, '化名不能超过 20 个字'],
      [
        { counsellorId: s.xId, startsAt: iso(TUESDAY, '09:00'), mode: 'phone', contact: 'message' },
        '电话咨询需要您同意咨询师打电话联系',
      ],
      [{ counsellorId: s.xId, startsAt: iso(TUESDAY, '09:00'), mode: 'video' }, '咨询方式的取值无效'],
    ];
    for (const [payload, message] of cases) {
      const response = await request(t.app, s.a, payload);
      expect({ status: response.statusCode, message: response.json().message }).toEqual({ status: 400, message });
    }
    expect((await storedAbout(t.db, s.a.id)).appointments).toBe(0);
  });
});
