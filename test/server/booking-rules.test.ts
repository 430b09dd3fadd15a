import { setClock } from '../../server/src/clock';
import { addDays } from '../../server/src/time/beijing';
import { createUnionTree } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { at, book, createRoom, type Headers, memberWithHeaders, MONDAY, standAt } from './booking-fixtures';

let t: TestApp;
let tree: Awaited<ReturnType<typeof createUnionTree>>;
let staff: Headers;

beforeAll(async () => {
  t = await createTestApp();
  tree = await createUnionTree(t.db);
  staff = (await memberWithHeaders(t.app, t.db, tree.schoolId, { roles: ['staff'] })).headers;
});
beforeEach(() => standAt(MONDAY, '10:30'));
afterAll(async () => {
  setClock(null);
  await t.close();
});

const member = () => memberWithHeaders(t.app, t.db, tree.schoolId);
const slotCounter = async (roomId: number, startsAt: Date) =>
  (
    await t.db.query<{ booked: number }>('SELECT booked FROM booking_slots WHERE room_id = $1 AND starts_at = $2', [
      roomId,
      startsAt,
    ])
  )[0]?.booked ?? 0;
const expectRefused = (
  response: { statusCode: number; json: () => { message: string } },
  status: number,
  message: string,
) => {
  expect({ status: response.statusCode, message: response.json().message }).toEqual({ status, message });
};

describe('booking a slot', () => {
  it('books a free slot, confirms it, and shows it as mine and in 我的预约', async () => {
    const room = await createRoom(t.app, staff);
    const m = await member();
    const response = await book(t.app, m.headers, room.id, at(MONDAY, '18:00'));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'confirmed',
      date: MONDAY,
      start: '18:00',
      end: '19:00',
      room: { id: room.id },
      cancellable: true,
    });
    expect(await slotCounter(room.id, at(MONDAY, '18:00'))).toBe(1);

    const grid = (
      await t.app.inject({ method: 'GET', url: `/api/booking/rooms/${room.id}/availability`, headers: m.headers })
    ).json();
    expect(grid.slots.find((s: { start: string }) => s.start === '18:00')).toMatchObject({
      state: 'mine',
      remaining: 3,
      myBookingId: response.json().id,
    });
    const mine = (await t.app.inject({ method: 'GET', url: '/api/booking/bookings', headers: m.headers })).json();
    expect(mine.items.map((b: { id: number }) => b.id)).toEqual([response.json().id]);
    const [message] = await t.db.query<{ title: string }>(
      `SELECT title FROM notifications WHERE member_id = $1 AND kind = 'booking'`,
      [m.id],
    );
    expect(message!.title).toBe('预约成功：乒乓球室');
  });

  it('refuses a booking when the slot is full, and never overfills it', async () => {
    const room = await createRoom(t.app, staff, { capacity: 4 });
    for (let i = 0; i < 4; i += 1)
      expect((await book(t.app, (await member()).headers, room.id, at(MONDAY, '19:00'))).statusCode).toBe(201);
    expectRefused(await book(t.app, (await member()).headers, room.id, at(MONDAY, '19:00')), 409, '该时段已约满');
    expect(await slotCounter(room.id, at(MONDAY, '19:00'))).toBe(4);
  });

  it('lets one booking fill a whole-room slot', async () => {
    const room = await createRoom(t.app, staff, { name: '羽毛球场', mode: 'whole', capacity: 6 });
    expect((await book(t.app, (await member()).headers, room.id, at(MONDAY, '19:00'))).statusCode).toBe(201);
    expectRefused(await book(t.app, (await member()).headers, room.id, at(MONDAY, '19:00')), 409, '该时段已约满');
  });

  it('refuses the same member twice in one slot', async () => {
    const room = await createRoom(t.app, staff);
    const m = await member();
    expect((await book(t.app, m.headers, room.id, at(MONDAY, '15:00'))).statusCode).toBe(201);
    expectRefused(await book(t.app, m.headers, room.id, at(MONDAY, '15:00')), 409, '您已预约了该时段');
    expect(await slotCounter(room.id, at(MONDAY, '15:00'))).toBe(1);
  });

  it('refuses more bookings in a day than the daily quota', async () => {
    const room = await createRoom(t.app, staff, { quotaPerDay: 1 });
    const m = await member();
    expect((await book(t.app, m.headers, room.id, at(MONDAY, '14:00'))).statusCode).toBe(201);
    expectRefused(await book(t.app, m.headers, room.id, at(MONDAY, '16:00')), 409, '超出每天可预约次数（每天 1 次）');
    expect((await book(t.app, m.headers, room.id, at(addDays(MONDAY, 1), '16:00'))).statusCode).toBe(201);
  });

  it('refuses more bookings in a week than the weekly quota, and counts the next week afresh', async () => {
    const room = await createRoom(t.app, staff, { quotaPerWeek: 2 });
    const m = await member();
    expect((await book(t.app, m.headers, room.id, at(MONDAY, '14:00'))).statusCode).toBe(201);
    expect((await book(t.app, m.headers, room.id, at(addDays(MONDAY, 1), '14:00'))).statusCode).toBe(201);
    expectRefused(
      await book(t.app, m.headers, room.id, at(addDays(MONDAY, 6), '14:00')),
      409,
      '超出每周可预约次数（每周 2 次）',
    );
    expect((await book(t.app, m.headers, room.id, at(addDays(MONDAY, 7), '14:00'))).statusCode).toBe(201);
  });

  it('refuses more unused bookings than the upcoming quota until one is cancelled', async () => {
    const room = await createRoom(t.app, staff, { quotaUpcoming: 2 });
    const m = await member();
    const first = await book(t.app, m.headers, room.id, at(addDays(MONDAY, 1), '09:00'));
    expect((await book(t.app, m.headers, room.id, at(addDays(MONDAY, 2), '09:00'))).statusCode).toBe(201);
    expectRefused(
      await book(t.app, m.headers, room.id, at(addDays(MONDAY, 3), '09:00')),
      409,
      '未使用的预约已达上限（最多 2 个），请先使用或取消已有预约',
    );
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/booking/bookings/${first.json().id}/cancel`,
      headers: m.headers,
      payload: {},
    });
    expect(cancelled.json().status).toBe('cancelled');
    expect((await book(t.app, m.headers, room.id, at(addDays(MONDAY, 3), '09:00'))).statusCode).toBe(201);
  });

  it('refuses a slot beyond the booking window', async () => {
    const room = await createRoom(t.app, staff, { windowDays: 3 });
    const m = await member();
    expect((await book(t.app, m.headers, room.id, at(addDays(MONDAY, 3), '09:00'))).statusCode).toBe(201);
    expectRefused(
      await book(t.app, m.headers, room.id, at(addDays(MONDAY, 4), '09:00')),
      400,
      '只能预约今天起 3 天内的时段',
    );
  });

  it('opens the furthest day of the window at the daily release hour', async () => {
    const room = await createRoom(t.app, staff, { windowDays: 7, releaseTime: '08:00' });
    const m = await member();
    standAt(MONDAY, '07:59');
    expectRefused(
      await book(t.app, m.headers, room.id, at(addDays(MONDAY, 7), '18:00')),
      409,
      '3月11日 周一的时段将于今天 08:00 开放预约',
    );
    expect((await book(t.app, m.headers, room.id, at(addDays(MONDAY, 6), '18:00'))).statusCode).toBe(201);
    standAt(MONDAY, '08:00');
    expect((await book(t.app, m.headers, room.id, at(addDays(MONDAY, 7), '18:00'))).statusCode).toBe(201);
  });

  it('refuses a slot that has started or passed', async () => {
    const room = await createRoom(t.app, staff);
    const m = await member();
    expectRefused(await book(t.app, m.headers, room.id, at(MONDAY, '10:00')), 400, '该时段已开始或已结束，不能预约');
    expectRefused(
      await book(t.app, m.headers, room.id, at(addDays(MONDAY, -1), '18:00')),
      400,
      '该时段已开始或已结束，不能预约',
    );
  });

  it('refuses a time that is not one of the room’s slots', async () => {
    const room = await createRoom(t.app, staff);
    const m = await member();
    expectRefused(
      await book(t.app, m.headers, room.id, at(MONDAY, '18:30')),
      400,
      '所选时间不是该场地的可预约时段，请刷新后重试',
    );
    expectRefused(
      await book(t.app, m.headers, room.id, at(MONDAY, '23:00')),
      400,
      '所选时间不是该场地的可预约时段，请刷新后重试',
    );
  });

  it('refuses a day inside a closure', async () => {
    const room = await createRoom(t.app, staff);
    const closure = await t.app.inject({
      method: 'POST',
      url: '/api/booking/manage/closures',
      headers: staff,
      payload: { roomId: room.id, startsOn: addDays(MONDAY, 2), endsOn: addDays(MONDAY, 3), reason: '维修' },
    });
    expect(closure.statusCode).toBe(201);
    const m = await member();
    expectRefused(await book(t.app, m.headers, room.id, at(addDays(MONDAY, 3), '18:00')), 409, '该日暂停开放：维修');
    expect((await book(t.app, m.headers, room.id, at(addDays(MONDAY, 4), '18:00'))).statusCode).toBe(201);
  });

  it('refuses a suspended member, saying until when', async () => {
    const room = await createRoom(t.app, staff);
    const m = await member();
    await t.db.query(
      `INSERT INTO booking_suspensions (member_id, union_id, starts_at, ends_at, reason) VALUES ($1, $2, $3, $4, '30 天内 3 次预约未到场')`,
      [m.id, tree.schoolId, at(MONDAY, '09:00'), at(addDays(MONDAY, 7), '09:00')],
    );
    expectRefused(
      await book(t.app, m.headers, room.id, at(MONDAY, '18:00')),
      409,
      '因多次预约未到场，您的预约资格暂停至 3月11日 周一 09:00，如有异议可在“我的预约”中申诉',
    );
    standAt(addDays(MONDAY, 7), '09:00');
    expect((await book(t.app, m.headers, room.id, at(addDays(MONDAY, 7), '18:00'))).statusCode).toBe(201);
  });

  it('names the field in Chinese when the request is malformed, and writes nothing', async () => {
    const m = await member();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/booking/bookings',
      headers: m.headers,
      payload: { roomId: 'A', startsAt: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('场地的类型不正确，应为整数');
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/booking/bookings',
      headers: m.headers,
      payload: { roomId: 1 },
    });
    expect(missing.json().message).toBe('缺少必填项：时段开始时间');
    const [count] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM bookings WHERE member_id = $1', [
      m.id,
    ]);
    expect(count!.n).toBe(0);
  });
});

describe('cancelling', () => {
  it('lets a member cancel before the cut-off and gives the place back', async () => {
    const room = await createRoom(t.app, staff, { cancelCutoffMinutes: 120 });
    const m = await member();
    const booking = (await book(t.app, m.headers, room.id, at(MONDAY, '14:00'))).json();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/booking/bookings/${booking.id}/cancel`,
      headers: m.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'cancelled', cancellable: false });
    expect(await slotCounter(room.id, at(MONDAY, '14:00'))).toBe(0);
  });

  it('refuses to cancel after the cut-off', async () => {
    const room = await createRoom(t.app, staff, { cancelCutoffMinutes: 120 });
    const m = await member();
    const booking = (await book(t.app, m.headers, room.id, at(MONDAY, '12:00'))).json();
    expect(booking.cancellable).toBe(false);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/booking/bookings/${booking.id}/cancel`,
      headers: m.headers,
      payload: {},
    });
    expectRefused(response, 409, '开始前 2 小时内不能取消');
    expect(await slotCounter(room.id, at(MONDAY, '12:00'))).toBe(1);
  });

  it('lets staff cancel a member’s booking with a reason the member is told', async () => {
    const room = await createRoom(t.app, staff, { cancelCutoffMinutes: 120 });
    const m = await member();
    const booking = (await book(t.app, m.headers, room.id, at(MONDAY, '12:00'))).json();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/booking/bookings/${booking.id}/cancel`,
      headers: staff,
      payload: { reason: '场地临时检修' },
    });
    expect(response.json()).toMatchObject({ status: 'cancelled', reason: '场地临时检修' });
    const [message] = await t.db.query<{ body: string }>(
      `SELECT body FROM notifications WHERE member_id = $1 ORDER BY id DESC LIMIT 1`,
      [m.id],
    );
    expect(message!.body).toBe('3月4日 周一 12:00–13:00。原因：场地临时检修');
  });

  it('does not let another member cancel my booking', async () => {
    const room = await createRoom(t.app, staff);
    const booking = (await book(t.app, (await member()).headers, room.id, at(MONDAY, '20:00'))).json();
    const other = await member();
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/booking/bookings/${booking.id}/cancel`,
          headers: other.headers,
          payload: {},
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('approval', () => {
  it('holds a place while pending, confirms on approval and frees it on rejection, telling the member each time', async () => {
    const room = await createRoom(t.app, staff, {
      name: '多功能厅',
      mode: 'whole',
      capacity: 80,
      requiresApproval: true,
    });
    const first = await member();
    const pending = (await book(t.app, first.headers, room.id, at(addDays(MONDAY, 1), '14:00'))).json();
    expect(pending.status).toBe('pending');
    expectRefused(
      await book(t.app, (await member()).headers, room.id, at(addDays(MONDAY, 1), '14:00')),
      409,
      '该时段已约满',
    );

    const queue = (
      await t.app.inject({ method: 'GET', url: '/api/booking/manage/bookings?status=pending', headers: staff })
    ).json();
    expect(queue.items.map((b: { id: number }) => b.id)).toContain(pending.id);
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/booking/manage/bookings/${pending.id}/decide`,
      headers: staff,
      payload: { decision: 'approve' },
    });
    expect(approved.json().status).toBe('confirmed');
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/booking/manage/bookings/${pending.id}/decide`,
      headers: staff,
      payload: { decision: 'reject' },
    });
    expectRefused(again, 409, '该预约不在待审批状态');

    const second = await member();
    const other = (await book(t.app, second.headers, room.id, at(addDays(MONDAY, 1), '16:00'))).json();
    const rejected = await t.app.inject({
      method: 'POST',
      url: `/api/booking/manage/bookings/${other.id}/decide`,
      headers: staff,
      payload: { decision: 'reject', reason: '当天已安排教研活动' },
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', reason: '当天已安排教研活动' });
    expect(await slotCounter(room.id, at(addDays(MONDAY, 1), '16:00'))).toBe(0);
    const titles = await t.db.query<{ title: string }>(
      `SELECT title FROM notifications WHERE member_id = ANY($1) ORDER BY id`,
      [[first.id, second.id]],
    );
    expect(titles.map((n) => n.title)).toEqual([
      '预约已提交，等待审批：多功能厅',
      '预约已通过：多功能厅',
      '预约已提交，等待审批：多功能厅',
      '预约未通过：多功能厅',
    ]);
  });

  it('lets only staff decide', async () => {
    const room = await createRoom(t.app, staff, { requiresApproval: true });
    const m = await member();
    const pending = (await book(t.app, m.headers, room.id, at(addDays(MONDAY, 1), '14:00'))).json();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/booking/manage/bookings/${pending.id}/decide`,
      headers: m.headers,
      payload: { decision: 'approve' },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('availability', () => {
  it('shows each slot as free, few, full, mine, closed or past, and the date strip over the window', async () => {
    const room = await createRoom(t.app, staff, { capacity: 4, windowDays: 2, releaseTime: '12:00' });
    await t.app.inject({
      method: 'POST',
      url: '/api/booking/manage/closures',
      headers: staff,
      payload: { roomId: room.id, startsOn: addDays(MONDAY, 1), endsOn: addDays(MONDAY, 1), reason: '期末考试' },
    });
    const me = await member();
    for (let i = 0; i < 3; i += 1) await book(t.app, (await member()).headers, room.id, at(MONDAY, '15:00'));
    for (let i = 0; i < 4; i += 1) await book(t.app, (await member()).headers, room.id, at(MONDAY, '16:00'));
    await book(t.app, me.headers, room.id, at(MONDAY, '17:00'));

    const today = (
      await t.app.inject({ method: 'GET', url: `/api/booking/rooms/${room.id}/availability`, headers: me.headers })
    ).json();
    const state = (start: string) => today.slots.find((s: { start: string }) => s.start === start).state;
    expect([state('09:00'), state('10:00'), state('14:00'), state('15:00'), state('16:00'), state('17:00')]).toEqual([
      'past',
      'past',
      'free',
      'few',
      'full',
      'mine',
    ]);
    expect(today.dates).toEqual([
      { date: MONDAY, weekday: 1, bookable: true, note: null, freeSlots: 9 },
      { date: addDays(MONDAY, 1), weekday: 2, bookable: false, note: '期末考试', freeSlots: 0 },
      { date: addDays(MONDAY, 2), weekday: 3, bookable: false, note: '12:00 开放预约', freeSlots: 0 },
    ]);
    const closed = (
      await t.app.inject({
        method: 'GET',
        url: `/api/booking/rooms/${room.id}/availability?date=${addDays(MONDAY, 1)}`,
        headers: me.headers,
      })
    ).json();
    expect(new Set(closed.slots.map((s: { state: string }) => s.state))).toEqual(new Set(['closed']));
    expect([today.note, closed.note, today.slotCapacity]).toEqual([null, '期末考试', 4]);
    const beyond = await t.app.inject({
      method: 'GET',
      url: `/api/booking/rooms/${room.id}/availability?date=${addDays(MONDAY, 3)}`,
      headers: me.headers,
    });
    expectRefused(beyond, 400, '只能查看今天起 2 天内的时段');
  });

  it('lists the union’s rooms with today’s free slots', async () => {
    const room = await createRoom(t.app, staff, { name: '职工书屋', mode: 'seats', capacity: 20, slotMinutes: 120 });
    const list = (
      await t.app.inject({ method: 'GET', url: '/api/booking/rooms', headers: (await member()).headers })
    ).json();
    const item = list.items.find((r: { id: number }) => r.id === room.id);
    expect(item.today).toMatchObject({ date: MONDAY, note: null, freeCount: 5 });
    expect(item.today.freeSlots[0]).toMatchObject({ start: '12:00', end: '14:00', remaining: 20 });
  });
});

describe('who may see and book what', () => {
  it('hides one school’s rooms and bookings from another school’s members and staff', async () => {
    const room = await createRoom(t.app, staff);
    const mine = await member();
    const booking = (await book(t.app, mine.headers, room.id, at(MONDAY, '18:00'))).json();
    const outsider = await memberWithHeaders(t.app, t.db, tree.otherSchoolId);
    const outsiderStaff = await memberWithHeaders(t.app, t.db, tree.otherSchoolId, { roles: ['staff'] });

    const seen = (await t.app.inject({ method: 'GET', url: '/api/booking/rooms', headers: outsider.headers })).json();
    expect(seen.items.map((r: { id: number }) => r.id)).not.toContain(room.id);
    for (const url of [
      `/api/booking/rooms/${room.id}`,
      `/api/booking/rooms/${room.id}/availability`,
      `/api/booking/bookings/${booking.id}`,
    ]) {
      expect({
        url,
        status: (await t.app.inject({ method: 'GET', url, headers: outsider.headers })).statusCode,
      }).toEqual({ url, status: 404 });
    }
    expectRefused(await book(t.app, outsider.headers, room.id, at(MONDAY, '19:00')), 404, '场地不存在或已停用');
    const cancel = await t.app.inject({
      method: 'POST',
      url: `/api/booking/bookings/${booking.id}/cancel`,
      headers: outsiderStaff.headers,
      payload: {},
    });
    expect(cancel.statusCode).toBe(404);
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/booking/manage/rooms/${room.id}`,
      headers: outsiderStaff.headers,
      payload: { capacity: 1 },
    });
    expect(edit.statusCode).toBe(404);
    const close = await t.app.inject({
      method: 'POST',
      url: '/api/booking/manage/closures',
      headers: outsiderStaff.headers,
      payload: { roomId: room.id, startsOn: MONDAY, endsOn: MONDAY, reason: '维修' },
    });
    expect(close.statusCode).toBe(404);
    expect(await slotCounter(room.id, at(MONDAY, '18:00'))).toBe(1);
  });

  it('keeps plain members out of the staff routes and everyone out without signing in', async () => {
    const m = await member();
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/booking/manage/rooms', headers: m.headers })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/booking/rooms' })).statusCode).toBe(401);
  });
});
