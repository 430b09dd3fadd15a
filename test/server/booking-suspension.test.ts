import { addDays } from '../../server/src/time/beijing';
import {
  at,
  bookingFileSuite,
  bookingHelpers,
  createRoom,
  memberWithHeaders,
  MONDAY,
  standAt,
} from './booking-fixtures';
import { sweeperHelpers } from './booking-sweeper-fixtures';

const { t, tree, staff } = bookingFileSuite({ clock: '08:00' });
const { member } = bookingHelpers(t, tree);
const { sweeper, titles, refusedMessage, noShow } = sweeperHelpers(t);

describe('the no-show sweeper', () => {
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
});
