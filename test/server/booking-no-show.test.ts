import { at, book, bookingFileSuite, bookingHelpers, createRoom, MONDAY, standAt } from './booking-fixtures';
import { sweeperHelpers } from './booking-sweeper-fixtures';

const { t, tree, staff } = bookingFileSuite({ clock: '08:00' });
const { member } = bookingHelpers(t, tree);
const { sweeper, titles } = sweeperHelpers(t);

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
