import { addDays } from '../../server/src/time/beijing';
import { at, book, bookingFileSuite, bookingHelpers, createRoom, MONDAY, standAt } from './booking-fixtures';

const { t, tree, staff } = bookingFileSuite();
const { member, slotCounter, expectRefused } = bookingHelpers(t, tree);

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
