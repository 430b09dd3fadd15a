import { setClock } from '../../server/src/clock';
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
const scan = (headers: Headers | undefined, scene: string, walkIn?: boolean) =>
  t.app.inject({
    method: 'POST',
    url: '/api/booking/check-in',
    headers,
    payload: walkIn === undefined ? { scene } : { scene, walkIn },
  });
const statusOf = async (id: number) =>
  (await t.db.query<{ status: string }>('SELECT status FROM bookings WHERE id = $1', [id]))[0]!.status;

describe('QR check-in', () => {
  it('checks in a booking from 15 minutes before its start to 15 minutes after', async () => {
    const room = await createRoom(t.app, staff);
    const m = await member();
    const booking = (await book(t.app, m.headers, room.id, at(MONDAY, '18:00'))).json();

    standAt(MONDAY, '17:44');
    const early = (await scan(m.headers, room.code)).json();
    expect(early).toMatchObject({ outcome: 'not_checked_in', booking: null });
    expect(early.message).toMatch(/^您预约的 3月4日 周一 18:00–19:00 可于 17:45 起签到/);
    expect(await statusOf(booking.id)).toBe('confirmed');

    standAt(MONDAY, '17:45');
    const response = await scan(m.headers, room.code);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      outcome: 'checked_in',
      message: '签到成功：3月4日 周一 18:00–19:00',
      booking: { id: booking.id, status: 'checked_in' },
    });
    expect(await statusOf(booking.id)).toBe('checked_in');

    standAt(MONDAY, '18:20');
    expect((await scan(m.headers, room.code)).json()).toMatchObject({
      outcome: 'already_checked_in',
      message: '您已签到，祝您使用愉快',
    });
  });

  it('still checks in at exactly 15 minutes after the start, and not after', async () => {
    const room = await createRoom(t.app, staff);
    const onTime = await member();
    const late = await member();
    const a = (await book(t.app, onTime.headers, room.id, at(MONDAY, '18:00'))).json();
    const b = (await book(t.app, late.headers, room.id, at(MONDAY, '18:00'))).json();
    standAt(MONDAY, '18:15');
    expect((await scan(onTime.headers, room.code)).json().outcome).toBe('checked_in');
    standAt(MONDAY, '18:16');
    const refused = (await scan(late.headers, room.code)).json();
    expect(refused.outcome).toBe('not_checked_in');
    expect(refused.message).toMatch(/^签到时间已过（开始后 15 分钟内可签到）/);
    expect([await statusOf(a.id), await statusOf(b.id)]).toEqual(['checked_in', 'confirmed']);
  });

  it('offers 立即使用 of the current slot when the member holds no booking, and books and checks in with it', async () => {
    const room = await createRoom(t.app, staff, { capacity: 2 });
    const m = await member();
    standAt(MONDAY, '18:10');
    const offer = (await scan(m.headers, room.code)).json();
    expect(offer).toMatchObject({
      outcome: 'not_checked_in',
      message: '您现在没有该场地的预约。当前时段 18:00–19:00 有空位，可立即使用',
      walkIn: { start: '18:00', end: '19:00', remaining: 2 },
      nextFree: { start: '19:00', remaining: 2 },
    });
    const [count] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM bookings WHERE member_id = $1', [
      m.id,
    ]);
    expect(count!.n).toBe(0);

    const used = await scan(m.headers, room.code, true);
    expect(used.json()).toMatchObject({
      outcome: 'walked_in',
      message: '已为您预约 18:00–19:00 并签到',
      booking: { status: 'checked_in', source: 'walk_in', start: '18:00' },
    });
    const [counter] = await t.db.query<{ booked: number }>(
      'SELECT booked FROM booking_slots WHERE room_id = $1 AND starts_at = $2',
      [room.id, at(MONDAY, '18:00')],
    );
    expect(counter!.booked).toBe(1);
  });

  it('offers the next slot, not the one ending, in the 15 minutes before a start', async () => {
    const room = await createRoom(t.app, staff);
    standAt(MONDAY, '18:50');
    expect((await scan((await member()).headers, room.code)).json().walkIn).toMatchObject({ start: '19:00' });
  });

  it('says why and shows the next free slot when the current slot is full', async () => {
    const room = await createRoom(t.app, staff, { mode: 'whole', capacity: 8 });
    await book(t.app, (await member()).headers, room.id, at(MONDAY, '18:00'));
    await book(t.app, (await member()).headers, room.id, at(MONDAY, '19:00'));
    standAt(MONDAY, '18:10');
    const m = await member();
    const response = (await scan(m.headers, room.code)).json();
    expect(response).toMatchObject({
      outcome: 'not_checked_in',
      message: '您现在没有该场地的预约。当前时段已约满',
      walkIn: null,
      nextFree: { date: MONDAY, start: '20:00' },
    });
    const walkIn = await scan(m.headers, room.code, true);
    expect(walkIn.statusCode).toBe(409);
    expect(walkIn.json().message).toBe('当前时段已约满');
  });

  it('does not offer 立即使用 outside opening hours or for a room that needs approval', async () => {
    const room = await createRoom(t.app, staff);
    standAt(MONDAY, '22:30');
    const closed = (await scan((await member()).headers, room.code)).json();
    expect(closed).toMatchObject({ message: '您现在没有该场地的预约。现在不在开放时间', walkIn: null });
    expect(closed.nextFree).toMatchObject({ date: '2030-03-05', start: '08:00' });

    const hall = await createRoom(t.app, staff, {
      name: '多功能厅',
      mode: 'whole',
      capacity: 80,
      requiresApproval: true,
    });
    standAt(MONDAY, '14:05');
    expect((await scan((await member()).headers, hall.code)).json()).toMatchObject({
      message: '您现在没有该场地的预约。该场地需要审批，请提前预约',
      walkIn: null,
    });
  });

  it('grants nothing for the code alone: no sign-in, no booking, or another school’s member', async () => {
    const room = await createRoom(t.app, staff);
    const holder = await member();
    const booking = (await book(t.app, holder.headers, room.id, at(MONDAY, '18:00'))).json();
    standAt(MONDAY, '18:00');

    expect((await scan(undefined, room.code)).statusCode).toBe(401);
    const stranger = await member();
    expect((await scan(stranger.headers, room.code)).json()).toMatchObject({
      outcome: 'not_checked_in',
      booking: null,
    });
    const outsider = await memberWithHeaders(t.app, t.db, tree.otherSchoolId);
    const foreign = await scan(outsider.headers, room.code, true);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().message).toBe('未找到该场地，请确认扫描的是本单位活动中心的签到码');
    expect((await scan(stranger.headers, 'NOSUCHCODE')).statusCode).toBe(404);

    expect(await statusOf(booking.id)).toBe('confirmed');
    const [others] = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM bookings WHERE member_id = ANY($1)',
      [[stranger.id, outsider.id]],
    );
    expect(others!.n).toBe(0);
  });

  it('keeps a suspended member from 立即使用, saying why', async () => {
    const room = await createRoom(t.app, staff);
    const m = await member();
    await t.db.query(
      `INSERT INTO booking_suspensions (member_id, union_id, starts_at, ends_at, reason) VALUES ($1, $2, $3, $4, '未到场')`,
      [m.id, tree.schoolId, at(MONDAY, '08:00'), at('2030-03-08', '08:00')],
    );
    standAt(MONDAY, '18:10');
    const response = (await scan(m.headers, room.code)).json();
    expect(response.walkIn).toBeNull();
    expect(response.message).toContain('您的预约资格暂停至 3月8日 周五 08:00');
  });
});
