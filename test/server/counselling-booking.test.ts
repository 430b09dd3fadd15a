import { setClock } from '../../server/src/clock';
import { sweepCounselling } from '../../server/src/jobs/counselling-sweep';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  at,
  book,
  consent,
  counsellingSchool,
  desk,
  iso,
  mine,
  MONDAY,
  newMember,
  request,
  type School,
  standAt,
  storedAbout,
  THURSDAY,
  TUESDAY,
  WEDNESDAY,
} from './counselling-fixtures';

let t: TestApp;
let s: School;

beforeAll(async () => {
  t = await createTestApp();
  s = await counsellingSchool(t.app, t.db);
  for (const who of [s.a, s.b, s.c]) await consent(t.app, who);
});
afterAll(async () => {
  setClock(() => new Date());
  await t.close();
});
beforeEach(async () => {
  standAt(MONDAY, '08:00');
  // Each test starts with an empty diary.
  await t.db.query(`DELETE FROM counselling_notes`);
  await t.db.query(`DELETE FROM counselling_appointments`);
  await t.db.query(`DELETE FROM counsellor_leave`);
});

const availability = async (counsellorId: number) =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/api/counselling/counsellors/${counsellorId}/availability`,
      headers: s.a.headers,
    })
  ).json<{
    days: { date: string; slots: { startsAt: string; endsAt: string }[] }[];
  }>();
const startsOn = async (counsellorId: number, day: string) =>
  (await availability(counsellorId)).days.find((d) => d.date === day)?.slots.map((slot) => slot.startsAt) ?? [];
const counsellingMessages = () =>
  t.db.query<{ member_id: number; title: string; body: string; link: string }>(
    `SELECT member_id, title, body, link FROM notifications WHERE kind = 'counselling' ORDER BY id`,
  );

describe('slots from weekly hours', () => {
  it('offers whole sessions from the weekly hours, slot length and buffer, from the minimum notice on', async () => {
    // Monday 08:00 with 12 hours' notice: Monday's morning is gone, Tuesday's is open.
    const days = (await availability(s.xId)).days;
    expect(days[0]!.date).toBe(TUESDAY);
    expect(days[0]!.slots).toEqual([
      { startsAt: iso(TUESDAY, '09:00'), endsAt: iso(TUESDAY, '09:50') },
      { startsAt: iso(TUESDAY, '10:00'), endsAt: iso(TUESDAY, '10:50') },
      { startsAt: iso(TUESDAY, '11:00'), endsAt: iso(TUESDAY, '11:50') },
    ]);
    // The window: today plus 14 days; weekends have no hours.
    expect(days.map((d) => d.date)).not.toContain('2030-03-09');
    expect(days.at(-1)!.date).toBe('2030-03-18');
  });

  it('takes out days of leave and time already held, buffer included', async () => {
    const leave = await desk(t.app, s.x, 'POST', '/leave', {
      startsOn: WEDNESDAY,
      endsOn: WEDNESDAY,
      reason: '外出培训',
    });
    expect(leave.statusCode).toBe(201);
    expect(await startsOn(s.xId, WEDNESDAY)).toEqual([]);

    await book(t.app, s.a, s.xId, iso(TUESDAY, '10:00'));
    expect(await startsOn(s.xId, TUESDAY)).toEqual([iso(TUESDAY, '09:00'), iso(TUESDAY, '11:00')]);
    // Counsellor Y's diary is their own.
    expect(await startsOn(s.yId, TUESDAY)).toHaveLength(3);
  });

  it('follows a new slot length and buffer, and keeps sessions already booked', async () => {
    await book(t.app, s.a, s.xId, iso(TUESDAY, '11:00'));
    const changed = await desk(t.app, s.x, 'PUT', '/schedule', {
      slotMinutes: 60,
      bufferMinutes: 30,
      hours: [{ weekday: 2, starts: '09:00', ends: '12:00' }],
    });
    expect(changed.statusCode).toBe(200);
    // 09:00–10:00 (+30) and 10:30–11:30 — but 10:30 would run into the 11:00 session already booked.
    expect(await startsOn(s.xId, TUESDAY)).toEqual([iso(TUESDAY, '09:00')]);
    expect(await startsOn(s.xId, WEDNESDAY)).toEqual([]);
    await desk(t.app, s.x, 'PUT', '/schedule', {
      slotMinutes: 50,
      bufferMinutes: 10,
      hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts: '09:00', ends: '12:00' })),
    });
  });

  it('refuses overlapping weekly hours, naming the problem', async () => {
    const response = await desk(t.app, s.x, 'PUT', '/schedule', {
      slotMinutes: 50,
      bufferMinutes: 10,
      hours: [
        { weekday: 1, starts: '09:00', ends: '12:00' },
        { weekday: 1, starts: '11:00', ends: '13:00' },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('每周时间：同一天的两段时间有重叠');
  });

  it('refuses a time that is not one of the counsellor’s free sessions', async () => {
    for (const startsAt of [iso(TUESDAY, '09:30'), iso(MONDAY, '11:00'), iso('2030-03-09', '09:00')]) {
      const response = await request(t.app, s.a, { counsellorId: s.xId, startsAt });
      expect(response.statusCode).toBe(409);
      expect(response.json().message).toBe('这个时间不在可预约的时段内，请重新选择');
    }
  });
});

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

describe('the member’s own appointments', () => {
  it('lets a request be cancelled until it starts, and a confirmed session only until the cut-off', async () => {
    const requested = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'));
    const confirmed = await book(t.app, s.a, s.xId, iso(TUESDAY, '11:00'));
    await desk(t.app, s.x, 'POST', `/appointments/${confirmed}/confirm`);

    standAt(MONDAY, '23:30'); // 9.5 hours before 09:00, 11.5 before 11:00: inside the 12-hour cut-off.
    const late = await mine(t.app, s.a, 'POST', `/${confirmed}/cancel`);
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe(
      '距开始已不足 12 小时，不能在线取消了；如确实无法前来，请按咨询师确认时约定的方式告知',
    );
    const view = (await mine(t.app, s.a, 'GET', `/${confirmed}`)).json();
    expect(view).toMatchObject({ canCancel: false, cancelDeadline: at(MONDAY, '23:00').toISOString() });

    const early = await mine(t.app, s.a, 'POST', `/${requested}/cancel`);
    expect(early.statusCode).toBe(200);
    expect(early.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'member', canCancel: false });
    expect((await mine(t.app, s.a, 'POST', `/${requested}/cancel`)).json().message).toBe(
      '这个预约已结束或已取消，无需再取消',
    );
  });

  it('lists upcoming appointments in time order and the rest under past', async () => {
    const later = await book(t.app, s.a, s.xId, iso(WEDNESDAY, '10:00'));
    const sooner = await book(t.app, s.a, s.yId, iso(TUESDAY, '10:00'));
    await mine(t.app, s.a, 'POST', `/${later}/cancel`);
    const upcoming = (await mine(t.app, s.a, 'GET', '?scope=upcoming')).json();
    expect(upcoming.items.map((i: { id: number }) => i.id)).toEqual([sooner]);
    const past = (await mine(t.app, s.a, 'GET', '?scope=past')).json();
    expect(past.items.map((i: { id: number }) => i.id)).toEqual([later]);
  });

  it('lets the member accept a new time the counsellor proposes', async () => {
    const id = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'));
    const proposed = await desk(t.app, s.x, 'POST', `/appointments/${id}/propose`, {
      startsAt: iso(THURSDAY, '14:00'),
    });
    expect(proposed.statusCode).toBe(200);
    expect(proposed.json()).toMatchObject({
      status: 'proposed',
      startsAt: iso(THURSDAY, '14:00'),
      requestedStartsAt: iso(TUESDAY, '09:00'),
    });
    // Tuesday 09:00 is free again; Thursday 14:00 is held.
    expect(await startsOn(s.xId, TUESDAY)).toContain(iso(TUESDAY, '09:00'));

    const accepted = await mine(t.app, s.a, 'POST', `/${id}/accept`);
    expect(accepted.json()).toMatchObject({
      status: 'confirmed',
      startsAt: iso(THURSDAY, '14:00'),
      endsAt: iso(THURSDAY, '14:50'),
    });
    expect((await mine(t.app, s.a, 'POST', `/${id}/accept`)).statusCode).toBe(409);
  });

  it('cancels the appointment when the member declines the proposed time, and frees that time', async () => {
    const id = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'));
    await desk(t.app, s.x, 'POST', `/appointments/${id}/propose`, { startsAt: iso(TUESDAY, '11:00') });
    const declined = await mine(t.app, s.a, 'POST', `/${id}/decline`);
    expect(declined.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'proposal_declined' });
    expect(await startsOn(s.xId, TUESDAY)).toEqual([
      iso(TUESDAY, '09:00'),
      iso(TUESDAY, '10:00'),
      iso(TUESDAY, '11:00'),
    ]);
  });

  it('refuses a proposed time that collides with another of the counsellor’s sessions', async () => {
    await book(t.app, s.b, s.xId, iso(TUESDAY, '10:00'));
    const id = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'));
    const response = await desk(t.app, s.x, 'POST', `/appointments/${id}/propose`, { startsAt: iso(TUESDAY, '10:30') });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('这个时间与您的其他预约冲突，请换一个时间');
  });

  it('shows the member the reason when the counsellor declines', async () => {
    const id = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'));
    const response = await desk(t.app, s.x, 'POST', `/appointments/${id}/decline`, {
      reason: '这个问题更适合转介到专科医院，建议拨打 12356 咨询',
    });
    expect(response.statusCode).toBe(200);
    expect((await mine(t.app, s.a, 'GET', `/${id}`)).json()).toMatchObject({
      status: 'declined',
      declineReason: '这个问题更适合转介到专科医院，建议拨打 12356 咨询',
    });
    const memberMessages = (await counsellingMessages()).filter((m) => m.member_id === s.a.id);
    expect(memberMessages.at(-1)).toEqual({
      member_id: s.a.id,
      title: '您的预约有更新',
      body: '请打开查看详情。',
      link: `/packages/counselling/pages/appointment/index?id=${id}`,
    });
  });

  it('marks a session completed only after it began; the member rates it once; the counsellor sees an average from three ratings', async () => {
    const ids = [];
    for (const [who, time] of [
      [s.a, '09:00'],
      [s.b, '10:00'],
      [s.c, '11:00'],
    ] as const) {
      const id = await book(t.app, who, s.xId, iso(TUESDAY, time));
      await desk(t.app, s.x, 'POST', `/appointments/${id}/confirm`, { arrangement: '行政楼 302 室' });
      ids.push({ who, id });
    }
    const early = await desk(t.app, s.x, 'POST', `/appointments/${ids[0]!.id}/complete`);
    expect(early.json().message).toBe('咨询开始后才能标记完成或未到场');

    standAt(TUESDAY, '12:00');
    for (const { id } of ids)
      expect((await desk(t.app, s.x, 'POST', `/appointments/${id}/complete`)).json().status).toBe('completed');
    expect((await mine(t.app, s.a, 'GET', `/${ids[0]!.id}`)).json()).toMatchObject({
      canRate: true,
      arrangement: '行政楼 302 室',
    });

    const scores = [5, 4, 4];
    for (const [i, { who, id }] of ids.entries()) {
      if (i === 2) expect((await desk(t.app, s.x, 'GET', '')).json().rating).toEqual({ average: null, count: 2 });
      expect((await mine(t.app, who, 'POST', `/${id}/rating`, { score: scores[i]! })).json()).toMatchObject({
        rating: scores[i],
        canRate: false,
      });
    }
    expect((await mine(t.app, s.a, 'POST', `/${ids[0]!.id}/rating`, { score: 1 })).json().message).toBe(
      '您已经评价过了',
    );
    expect((await desk(t.app, s.x, 'GET', '')).json().rating).toEqual({ average: 4.3, count: 3 });
    expect((await desk(t.app, s.y, 'GET', '')).json().rating).toEqual({ average: null, count: 0 });
    // The counsellor never sees who gave which score.
    const seen = (await desk(t.app, s.x, 'GET', '/appointments?scope=past')).json();
    expect(seen.items.every((item: Record<string, unknown>) => !('rating' in item))).toBe(true);
  });
});

describe('consent', () => {
  it('stores nothing about a member before consent, and then only the consent with its version and time', async () => {
    const newcomer = await newMember(t.app, t.db, s.tree.schoolId);
    // Looking around is fine and leaves no trace.
    for (const url of [
      '/api/counselling',
      '/api/counselling/counsellors',
      `/api/counselling/counsellors/${s.xId}/availability`,
      '/api/counselling/appointments',
    ]) {
      expect((await t.app.inject({ method: 'GET', url, headers: newcomer.headers })).statusCode).toBe(200);
    }
    const refused = await request(t.app, newcomer, {
      counsellorId: s.xId,
      startsAt: iso(TUESDAY, '09:00'),
      note: '我很焦虑',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ code: 'CONSENT_REQUIRED', message: '请先阅读并同意《心理咨询知情同意书》' });
    expect(await storedAbout(t.db, newcomer.id)).toEqual({ consents: 0, appointments: 0, notes: 0, audit: 0 });
    const [noteless] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM counselling_appointments WHERE note = '我很焦虑'`,
    );
    expect(noteless!.n).toBe(0);

    standAt(MONDAY, '08:05');
    expect((await consent(t.app, newcomer)).statusCode).toBe(204);
    expect((await consent(t.app, newcomer)).statusCode).toBe(204); // a double tap changes nothing
    const rows = await t.db.query(
      `SELECT version, agreed_at, ended_at FROM counselling_consents WHERE member_id = $1`,
      [newcomer.id],
    );
    expect(rows).toEqual([{ version: '2026-11', agreed_at: at(MONDAY, '08:05'), ended_at: null }]);
    expect(await storedAbout(t.db, newcomer.id)).toEqual({ consents: 1, appointments: 0, notes: 0, audit: 0 });
    const overview = (await t.app.inject({ method: 'GET', url: '/api/counselling', headers: newcomer.headers })).json();
    expect(overview.consent).toEqual({
      version: '2026-11',
      agreed: { version: '2026-11', agreedAt: at(MONDAY, '08:05').toISOString() },
      needsRenewal: false,
    });
  });

  it('refuses agreement to a version that is not the current one', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/counselling/consent',
      headers: s.a.headers,
      payload: { version: '2020-01' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('知情同意书已更新，请重新阅读后再同意');
  });

  it('asks again when the member agreed to an older version', async () => {
    await t.db.query(`UPDATE counselling_consents SET version = '2025-01' WHERE member_id = $1 AND ended_at IS NULL`, [
      s.b.id,
    ]);
    const response = await request(t.app, s.b, { counsellorId: s.xId, startsAt: iso(TUESDAY, '09:00') });
    expect(response.json()).toEqual({
      code: 'CONSENT_OUTDATED',
      message: '知情同意书已更新，请重新阅读并同意后再预约',
    });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/counselling', headers: s.b.headers })).json().consent
        .needsRenewal,
    ).toBe(true);
    await consent(t.app, s.b);
    const history = await t.db.query<{ version: string; end_reason: string | null }>(
      `SELECT version, end_reason FROM counselling_consents WHERE member_id = $1 ORDER BY id`,
      [s.b.id],
    );
    expect(history).toEqual([
      { version: '2025-01', end_reason: 'superseded' },
      { version: '2026-11', end_reason: null },
    ]);
  });

  it('on withdrawal stops new requests, cancels what has not begun and strips the past of everything personal', async () => {
    const member = await newMember(t.app, t.db, s.tree.schoolId);
    await consent(t.app, member);
    const past = await book(t.app, member, s.xId, iso(TUESDAY, '09:00'), { alias: '小周', note: '工作压力' });
    await desk(t.app, s.x, 'POST', `/appointments/${past}/confirm`);
    await desk(t.app, s.x, 'PUT', `/appointments/${past}/note`, { text: '来访者谈到工作压力' });
    standAt(TUESDAY, '10:00');
    await desk(t.app, s.x, 'POST', `/appointments/${past}/complete`);
    const upcoming = await book(t.app, member, s.xId, iso(THURSDAY, '10:00'), { note: '想再聊一次' });

    const withdrawn = await t.app.inject({
      method: 'POST',
      url: '/api/counselling/consent/withdraw',
      headers: member.headers,
    });
    expect(withdrawn.json()).toEqual({ cancelled: 1, anonymised: 2 });

    const rows = await t.db.query(
      `SELECT id, member_id, status, cancelled_by, alias, note FROM counselling_appointments WHERE id = ANY ($1::int[]) ORDER BY id`,
      [[past, upcoming]],
    );
    expect(rows).toEqual([
      { id: past, member_id: null, status: 'completed', cancelled_by: null, alias: null, note: null },
      {
        id: upcoming,
        member_id: null,
        status: 'cancelled',
        cancelled_by: 'consent_withdrawn',
        alias: null,
        note: null,
      },
    ]);
    expect((await t.db.query(`SELECT 1 FROM counselling_notes WHERE appointment_id = $1`, [past])).length).toBe(0);
    expect((await desk(t.app, s.x, 'GET', `/appointments/${past}`)).json().client).toEqual({
      name: '已匿名',
      isAlias: false,
      phone: null,
    });
    expect((await mine(t.app, member, 'GET', '?scope=past')).json().total).toBe(0);

    const again = await request(t.app, member, { counsellorId: s.xId, startsAt: iso(THURSDAY, '11:00') });
    expect(again.json().code).toBe('CONSENT_REQUIRED');
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/counselling/consent/withdraw', headers: member.headers }))
        .statusCode,
    ).toBe(409);
  });
});

describe('the sweeper', () => {
  it('reminds both sides a day ahead, once, in words that give nothing away', async () => {
    const id = await book(t.app, s.a, s.xId, iso(WEDNESDAY, '10:00'), { note: '家里的事' });
    await desk(t.app, s.x, 'POST', `/appointments/${id}/confirm`);
    const before = (await counsellingMessages()).length;
    expect((await sweepCounselling(t.db, {}, at(MONDAY, '09:00'))).reminded).toBe(0);
    expect((await sweepCounselling(t.db, {}, at(TUESDAY, '10:30'))).reminded).toBe(1);
    expect((await sweepCounselling(t.db, {}, at(TUESDAY, '11:00'))).reminded).toBe(0);
    const sent = (await counsellingMessages()).slice(before);
    expect(sent).toEqual([
      {
        member_id: s.a.id,
        title: '预约提醒',
        body: '您有一个预约即将开始，请打开查看。',
        link: `/packages/counselling/pages/appointment/index?id=${id}`,
      },
      {
        member_id: s.x.id,
        title: '咨询工作台提醒',
        body: '您有一个咨询即将开始，请打开查看。',
        link: `/packages/counselling/pages/desk-appointment/index?id=${id}`,
      },
    ]);
  });

  it('lets a request nobody confirmed lapse when its time comes, and frees the member’s place', async () => {
    const id = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'));
    expect((await sweepCounselling(t.db, {}, at(TUESDAY, '09:01'))).expired).toBe(1);
    expect((await mine(t.app, s.a, 'GET', `/${id}`)).json().status).toBe('expired');
    const [row] = await t.db.query<{ upcoming_slot: number | null }>(
      `SELECT upcoming_slot FROM counselling_appointments WHERE id = $1`,
      [id],
    );
    expect(row!.upcoming_slot).toBeNull();
  });

  it('strips personal details from records three years after the session, keeping the counts', async () => {
    const id = await book(t.app, s.a, s.xId, iso(TUESDAY, '09:00'), { note: '旧事' });
    await desk(t.app, s.x, 'POST', `/appointments/${id}/confirm`);
    standAt(TUESDAY, '10:00');
    await desk(t.app, s.x, 'POST', `/appointments/${id}/complete`);
    expect((await sweepCounselling(t.db, {}, at('2033-03-01', '00:00'))).anonymised).toBe(0);
    expect((await sweepCounselling(t.db, {}, at('2033-03-06', '00:00'))).anonymised).toBe(1);
    const [row] = await t.db.query(`SELECT member_id, note, status, mode FROM counselling_appointments WHERE id = $1`, [
      id,
    ]);
    expect(row).toEqual({ member_id: null, note: null, status: 'completed', mode: 'in_person' });
  });
});
