import { createBookingSweeper } from '../../server/src/jobs/booking-sweeper';
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
beforeEach(() => standAt(MONDAY, '08:00'));
afterAll(async () => {
  setClock(null);
  await t.close();
});

const member = () => memberWithHeaders(t.app, t.db, tree.schoolId);
const sweeper = (batchSize = 200) => createBookingSweeper({ db: t.db, templates: {}, batchSize });
const titles = async (memberId: number) =>
  (
    await t.db.query<{ title: string }>(
      `SELECT title FROM notifications WHERE member_id = $1 AND kind = 'booking' ORDER BY id`,
      [memberId],
    )
  ).map((n) => n.title);
const refusedMessage = async (headers: Headers, roomId: number, startsAt: Date) => {
  const response = await book(t.app, headers, roomId, startsAt);
  return response.statusCode === 201 ? 'booked' : response.json().message;
};

/** Books a slot for each member and lets its check-in window pass. */
async function noShow(roomId: number, headers: Headers, date: string, clock: string) {
  standAt(addDays(date, -1), '12:00');
  const booking = (await book(t.app, headers, roomId, at(date, clock))).json();
  return booking.id as number;
}

describe('the no-show sweeper', () => {
  it('marks each booking once, releases its place and tells its member, with two sweepers running side by side', async () => {
    const room = await createRoom(t.app, staff, { capacity: 10 });
    const members = await Promise.all(Array.from({ length: 12 }, () => member()));
    const ids: number[] = [];
    for (const [i, m] of members.entries())
      ids.push((await book(t.app, m.headers, room.id, at(MONDAY, i % 2 ? '09:00' : '10:00'))).json().id);
    const attended = members[0]!;
    standAt(MONDAY, '10:05');
    await t.app.inject({
      method: 'POST',
      url: '/api/booking/check-in',
      headers: attended.headers,
      payload: { scene: room.code },
    });

    standAt(MONDAY, '10:16');
    const [a, b] = [sweeper(3), sweeper(3)];
    let marked = 0;
    for (let round = 0; round < 3; round += 1) {
      const results = await Promise.all([a.runOnce(), b.runOnce()]);
      marked += results.reduce((sum, r) => sum + r.noShows, 0);
    }
    expect(marked).toBe(11);
    const rows = await t.db.query<{ id: number; status: string }>(
      'SELECT id, status FROM bookings WHERE id = ANY($1) ORDER BY id',
      [ids],
    );
    expect(rows.filter((r) => r.status === 'no_show')).toHaveLength(11);
    expect(rows.find((r) => r.id === ids[0])!.status).toBe('checked_in');
    const counters = await t.db.query<{ booked: number }>(
      'SELECT booked FROM booking_slots WHERE room_id = $1 ORDER BY starts_at',
      [room.id],
    );
    expect(counters.map((c) => c.booked)).toEqual([0, 1]);
    for (const m of members.slice(1))
      expect((await titles(m.id)).filter((title) => title.startsWith('预约未到场'))).toHaveLength(1);
  });

  it('leaves a recurring booking held for a group alone: it keeps the room and counts against nobody', async () => {
    const room = await createRoom(t.app, staff, { capacity: 1 });
    const series = await t.app.inject({
      method: 'POST',
      url: '/api/booking/manage/series',
      headers: staff,
      payload: {
        roomId: room.id,
        title: '羽毛球队训练',
        weekdays: [1],
        start: '16:00',
        startsOn: MONDAY,
        endsOn: MONDAY,
      },
    });
    expect(series.json().booked).toHaveLength(1);
    standAt(MONDAY, '15:30');
    expect((await sweeper().runOnce()).reminded).toBe(0);
    standAt(MONDAY, '16:30');
    expect((await sweeper().runOnce()).noShows).toBe(0);
    const [row] = await t.db.query<{ status: string }>(`SELECT status FROM bookings WHERE room_id = $1`, [room.id]);
    expect(row!.status).toBe('confirmed');
    // The court is in use: nobody can walk in on the training.
    const walkIn = await t.app.inject({
      method: 'POST',
      url: '/api/booking/check-in',
      headers: (await member()).headers,
      payload: { scene: room.code },
    });
    expect(walkIn.json()).toMatchObject({ outcome: 'not_checked_in', walkIn: null });
  });

  it('leaves a booking alone until 15 minutes after its start', async () => {
    const room = await createRoom(t.app, staff);
    const id = (await book(t.app, (await member()).headers, room.id, at(MONDAY, '09:00'))).json().id;
    standAt(MONDAY, '09:15');
    expect((await sweeper().runOnce()).noShows).toBe(0);
    standAt(MONDAY, '09:16');
    expect((await sweeper().runOnce()).noShows).toBe(1);
    const [row] = await t.db.query<{ status: string; status_reason: string }>(
      'SELECT status, status_reason FROM bookings WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ status: 'no_show', status_reason: '未在开始后 15 分钟内签到' });
  });

  it('suspends booking for 7 days after 3 no-shows within 30 days; the member sees why and until when, and appeals; staff approve', async () => {
    const room = await createRoom(t.app, staff, { windowDays: 14 });
    const m = await member();
    for (const date of [MONDAY, addDays(MONDAY, 10), addDays(MONDAY, 20)]) {
      await noShow(room.id, m.headers, date, '09:00');
      standAt(date, '09:20');
      await sweeper().runOnce();
    }
    const at0920 = at(addDays(MONDAY, 20), '09:20');
    const standing = (await t.app.inject({ method: 'GET', url: '/api/booking/standing', headers: m.headers })).json();
    expect(standing).toMatchObject({
      noShowLimit: 3,
      noShowWindowDays: 30,
      suspensionDays: 7,
      suspension: {
        status: 'active',
        reason: '30 天内 3 次预约未到场',
        endsAt: new Date(at0920.getTime() + 7 * 86400_000).toISOString(),
        appeal: null,
      },
    });
    expect(await titles(m.id)).toContain('预约资格已暂停');
    expect(await refusedMessage(m.headers, room.id, at(addDays(MONDAY, 21), '18:00'))).toBe(
      '因多次预约未到场，您的预约资格暂停至 3月31日 周日 09:20，如有异议可在“我的预约”中申诉',
    );

    const suspensionId = standing.suspension.id;
    const appeal = await t.app.inject({
      method: 'POST',
      url: `/api/booking/suspensions/${suspensionId}/appeal`,
      headers: m.headers,
      payload: { reason: '其中一次是临时监考，已向教务处报备' },
    });
    expect(appeal.json().appeal).toMatchObject({ status: 'pending', reason: '其中一次是临时监考，已向教务处报备' });
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/booking/suspensions/${suspensionId}/appeal`,
      headers: m.headers,
      payload: { reason: '再申诉' },
    });
    expect(twice.statusCode).toBe(409);

    const queue = (
      await t.app.inject({ method: 'GET', url: '/api/booking/manage/suspensions?appeal=pending', headers: staff })
    ).json();
    expect(queue.items.map((s: { id: number }) => s.id)).toEqual([suspensionId]);
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/booking/manage/suspensions/${suspensionId}/decide`,
      headers: staff,
      payload: { decision: 'approve', reply: '情况属实，已恢复' },
    });
    expect(approved.json()).toMatchObject({
      status: 'lifted',
      appeal: { status: 'approved', reply: '情况属实，已恢复' },
    });
    expect(await titles(m.id)).toContain('申诉已通过，预约资格已恢复');
    expect(await refusedMessage(m.headers, room.id, at(addDays(MONDAY, 21), '18:00'))).toBe('booked');
    // The no-shows that led to the suspension are answered for: one more does not suspend again.
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/booking/standing', headers: m.headers })).json().recentNoShows,
    ).toBe(0);
  });

  it('keeps the suspension when staff reject the appeal, and lifts nothing for another school’s staff', async () => {
    const room = await createRoom(t.app, staff, { windowDays: 14 });
    const m = await member();
    for (const date of [MONDAY, addDays(MONDAY, 1), addDays(MONDAY, 2)]) {
      await noShow(room.id, m.headers, date, '09:00');
      standAt(date, '09:20');
      await sweeper().runOnce();
    }
    const suspension = (await t.app.inject({ method: 'GET', url: '/api/booking/standing', headers: m.headers })).json()
      .suspension;
    await t.app.inject({
      method: 'POST',
      url: `/api/booking/suspensions/${suspension.id}/appeal`,
      headers: m.headers,
      payload: { reason: '忘记了' },
    });
    const outsider = await memberWithHeaders(t.app, t.db, tree.otherSchoolId, { roles: ['staff'] });
    const foreign = await t.app.inject({
      method: 'POST',
      url: `/api/booking/manage/suspensions/${suspension.id}/decide`,
      headers: outsider.headers,
      payload: { decision: 'approve' },
    });
    expect(foreign.statusCode).toBe(404);
    const rejected = await t.app.inject({
      method: 'POST',
      url: `/api/booking/manage/suspensions/${suspension.id}/decide`,
      headers: staff,
      payload: { decision: 'reject', reply: '请按时签到' },
    });
    expect(rejected.json()).toMatchObject({ status: 'active', appeal: { status: 'rejected', reply: '请按时签到' } });
    expect(await refusedMessage(m.headers, room.id, at(addDays(MONDAY, 3), '18:00'))).toMatch(/^因多次预约未到场/);
  });

  it('follows the union’s own limit and suspension length', async () => {
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/booking/manage/settings',
      headers: staff,
      payload: { noShowLimit: 2, noShowWindowDays: 14, suspensionDays: 3 },
    });
    expect(saved.json()).toEqual({ noShowLimit: 2, noShowWindowDays: 14, suspensionDays: 3 });
    const room = await createRoom(t.app, staff);
    const m = await member();
    await noShow(room.id, m.headers, MONDAY, '09:00');
    standAt(MONDAY, '09:20');
    expect((await sweeper().runOnce()).suspended).toBe(0);
    await noShow(room.id, m.headers, addDays(MONDAY, 1), '09:00');
    standAt(addDays(MONDAY, 1), '09:20');
    expect((await sweeper().runOnce()).suspended).toBe(1);
    const standing = (await t.app.inject({ method: 'GET', url: '/api/booking/standing', headers: m.headers })).json();
    expect(standing.suspension).toMatchObject({
      reason: '14 天内 2 次预约未到场',
      endsAt: at(addDays(MONDAY, 4), '09:20').toISOString(),
    });
    await t.app.inject({
      method: 'PUT',
      url: '/api/booking/manage/settings',
      headers: staff,
      payload: { noShowLimit: 3, noShowWindowDays: 30, suspensionDays: 7 },
    });
  });

  it('drops pending bookings not approved before they start, and reminds confirmed ones an hour ahead', async () => {
    const hall = await createRoom(t.app, staff, {
      name: '多功能厅',
      mode: 'whole',
      capacity: 50,
      requiresApproval: true,
    });
    const room = await createRoom(t.app, staff);
    const m = await member();
    const pending = (await book(t.app, m.headers, hall.id, at(MONDAY, '14:00'))).json();
    await book(t.app, m.headers, room.id, at(MONDAY, '15:00'));
    standAt(MONDAY, '14:00');
    expect(await sweeper().runOnce()).toMatchObject({ expired: 1, reminded: 1 });
    expect(await sweeper().runOnce()).toMatchObject({ expired: 0, reminded: 0 });
    const [row] = await t.db.query<{ status: string; status_reason: string }>(
      'SELECT status, status_reason FROM bookings WHERE id = $1',
      [pending.id],
    );
    expect(row).toEqual({ status: 'rejected', status_reason: '开始前未获审批，已自动取消' });
    expect(await titles(m.id)).toEqual(expect.arrayContaining(['预约未获审批：多功能厅', '预约即将开始：乒乓球室']));
  });
});
