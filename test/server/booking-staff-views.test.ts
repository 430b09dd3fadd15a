import ExcelJS from 'exceljs';
import { at, book, bookingFileSuite, bookingHelpers, createRoom, MONDAY, standAt } from './booking-fixtures';

const { t, tree, staff } = bookingFileSuite({ staff: { roles: ['chair'] } });
const { member } = bookingHelpers(t, tree);

describe('staff views', () => {
  it('shows the day of every room with each booking and its check-in state', async () => {
    const room = await createRoom(t.app, staff, { name: '健身房', capacity: 10 });
    const [a, b] = [await member(), await member()];
    await book(t.app, a.headers, room.id, at(MONDAY, '18:00'));
    await book(t.app, b.headers, room.id, at(MONDAY, '18:00'));
    standAt(MONDAY, '17:50');
    await t.app.inject({
      method: 'POST',
      url: '/api/booking/check-in',
      headers: a.headers,
      payload: { scene: room.code },
    });

    const day = (
      await t.app.inject({ method: 'GET', url: `/api/booking/manage/day?date=${MONDAY}`, headers: staff })
    ).json();
    const slot = day.rooms
      .find((r: { id: number }) => r.id === room.id)
      .slots.find((s: { start: string }) => s.start === '18:00');
    expect(slot).toMatchObject({ capacity: 10, booked: 2 });
    expect(slot.bookings.map((x: { member: { id: number }; status: string }) => [x.member.id, x.status])).toEqual([
      [a.id, 'checked_in'],
      [b.id, 'confirmed'],
    ]);
    expect((await t.app.inject({ method: 'GET', url: '/api/booking/manage/day', headers: a.headers })).statusCode).toBe(
      403,
    );
  });

  it('reports a month: bookings, check-in and no-show rates, busiest hours, and the same as XLSX', async () => {
    const room = await createRoom(t.app, staff, { name: '乒乓球室（月报）', capacity: 4 });
    const month = '2030-04';
    const day = '2030-04-02';
    standAt('2030-04-01', '09:00');
    const ms = [await member(), await member(), await member(), await member()];
    const ids = [];
    for (const m of ms) ids.push((await book(t.app, m.headers, room.id, at(day, '18:00'))).json().id);
    await book(t.app, ms[0]!.headers, room.id, at(day, '09:00'));
    await t.app.inject({
      method: 'POST',
      url: `/api/booking/bookings/${ids[3]}/cancel`,
      headers: ms[3]!.headers,
      payload: {},
    });
    await t.db.query(`UPDATE bookings SET status = 'checked_in', checked_in_at = $2 WHERE id = ANY($1)`, [
      [ids[0], ids[1]],
      at(day, '18:00'),
    ]);
    await t.db.query(`UPDATE bookings SET status = 'no_show' WHERE id = $1`, [ids[2]]);

    const usage = (
      await t.app.inject({ method: 'GET', url: `/api/booking/manage/usage?month=${month}`, headers: staff })
    ).json();
    const row = usage.rooms.find((r: { roomId: number }) => r.roomId === room.id);
    expect(row).toEqual({
      roomId: room.id,
      roomName: '乒乓球室（月报）',
      bookings: 4,
      checkedIn: 2,
      noShows: 1,
      cancelled: 1,
      checkInRate: 0.667,
      noShowRate: 0.333,
    });
    expect(usage.busiestHours).toEqual([
      { hour: 18, bookings: 3 },
      { hour: 9, bookings: 1 },
    ]);

    const file = await t.app.inject({
      method: 'GET',
      url: `/api/booking/manage/usage/export?month=${month}`,
      headers: staff,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('按场地')!;
    const rows = sheet
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    expect(String(rows[0]![0])).toContain('2030年4月 活动中心使用情况');
    expect(rows[1]).toEqual(['场地', '预约数', '已签到', '未到场', '已取消', '签到率', '爽约率']);
    expect(rows.find((r) => r[0] === '乒乓球室（月报）')).toEqual(['乒乓球室（月报）', 4, 2, 1, 1, '66.7%', '33.3%']);
    expect(rows.at(-1)![0]).toBe('合计');
    const bad = await t.app.inject({ method: 'GET', url: '/api/booking/manage/usage?month=2030-13', headers: staff });
    expect([bad.statusCode, bad.json().message]).toEqual([400, '月份格式不正确']);
  });
});
