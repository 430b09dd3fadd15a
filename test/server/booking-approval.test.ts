import { addDays } from '../../server/src/time/beijing';
import { at, book, bookingFileSuite, bookingHelpers, createRoom, MONDAY } from './booking-fixtures';

const { t, tree, staff } = bookingFileSuite();
const { member, slotCounter, expectRefused } = bookingHelpers(t, tree);

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
