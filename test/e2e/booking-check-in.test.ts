import { api, bookingPhone, checkInUrl, roundTheClockRoom, sleep, tokenOf } from './booking-phone';
import { devSignIn } from './browser';
import { testNow } from '../support/test-clock';

const { page, freshPhone, shot, shotBelow } = bookingPhone();

describe('活动中心预约 on a phone', () => {
  let room: { id: number; code: string; name: string };

  // 刘芳 is signed in on the phone, as the booking test in booking-member.test.ts leaves it.
  beforeAll(() => devSignIn(page, 'S1006'));

  it('a member opens the check-in URL of a room they booked and is checked in', async () => {
    room = await roundTheClockRoom();
    const token = await tokenOf('S1006');
    // The next slot starts within 15 minutes; leave a moment so it has not started by the time it is booked.
    let next = Math.ceil((testNow() + 1000) / 900_000) * 900_000;
    if (next - testNow() < 30_000) {
      await sleep(next - testNow() + 1000);
      next += 900_000;
    }
    const booking = await api<{ id: number; status: string }>('POST', '/api/booking/bookings', token, {
      roomId: room.id,
      startsAt: new Date(next).toISOString(),
    });
    expect(booking.status).toBe('confirmed');

    // Still signed in as 刘芳 from the test before: scanning opens the page straight away.
    await page.goto(checkInUrl(room.code));
    const success = page.getByTestId('check-in-success');
    await success.waitFor();
    expect(await success.innerText()).toContain('签到成功');
    expect(await success.innerText()).toContain('教工活动室');
    await shot('booking-check-in');
    expect((await api<{ status: string }>('GET', `/api/booking/bookings/${booking.id}`, token)).status).toBe(
      'checked_in',
    );
  });

  it('someone not signed in signs in on the check-in page, keeps the code, and takes the free room with 立即使用', async () => {
    await freshPhone();
    await page.goto(checkInUrl(room.code));
    await page.getByTestId('check-in-sign-in').waitFor();
    await page.getByTestId('dev-account-S1005').waitFor();
    await shot('booking-check-in-sign-in');

    await page.getByTestId('dev-account-S1005').click();
    await page.getByTestId('walk-in-offer').waitFor();
    expect(await page.getByTestId('check-in-message').innerText()).toContain('您现在没有该场地的预约');
    await shot('booking-check-in-walk-in');

    await page.getByTestId('walk-in').click();
    const success = page.getByTestId('check-in-success');
    await success.waitFor();
    expect(await success.innerText()).toContain('已使用并签到');
    const token = await tokenOf('S1005');
    const mine = await api<{ items: { room: { id: number }; status: string; source: string }[] }>(
      'GET',
      '/api/booking/bookings',
      token,
    );
    expect(mine.items.find((b) => b.room.id === room.id)).toMatchObject({ status: 'checked_in', source: 'walk_in' });
  });

  it('staff see the day, approve a request, close a room, edit rules, print the code and read the month', async () => {
    await freshPhone();
    await devSignIn(page, 'S1002');
    await page.getByTestId('service-booking').click();
    await page.getByTestId('booking-staff').waitFor();
    await page.getByTestId('booking-staff').scrollIntoViewIfNeeded();
    await shot('booking-staff-home');

    await page.getByTestId('staff-day').click();
    await page.getByTestId(`day-room-${room.id}`).waitFor();
    await page.getByTestId('day-summary').waitFor();
    await page.getByText('已签到').first().waitFor();
    await shot('booking-staff-day');
    await shotBelow('booking-staff-day');
    await page.goBack();

    await page.getByTestId('staff-approvals').click();
    const request = page.locator('[data-testid^="approval-"]').first();
    await request.waitFor();
    expect(await request.innerText()).toContain('多功能厅');
    await shot('booking-staff-approvals');
    await request.getByTestId('decision-reject').click();
    await request.getByTestId('decision-reason').waitFor();
    await shot('booking-staff-approvals-reject');
    await request.getByText('返回').click();
    await request.getByTestId('decision-approve').click();
    await page.getByText('没有待审核的预约').waitFor();
    await page.goBack();

    await page.getByTestId('staff-closures').click();
    await page.getByTestId('closure-form').waitFor();
    await page.getByText('寒假').first().waitFor();
    await page.getByTestId('closure-reason').locator('input').fill('设备维修');
    await page.getByTestId('closure-submit').click();
    await page.locator('.taro-modal__content').getByText('期间已有的预约会取消').waitFor();
    await page.locator('.taro-model__confirm').click();
    await page.getByTestId('closure-result').waitFor();
    await page.waitForTimeout(1500); // the 已新增闭馆 toast
    await shot('booking-staff-closures');
    await page.goBack();

    await page.getByTestId('staff-rooms').click();
    await page.getByTestId(`managed-room-${room.id}`).waitFor();
    await shot('booking-staff-rooms');
    await page.getByTestId(`managed-room-${room.id}`).getByTestId('room-edit').click();
    await page.getByTestId('opening-hours').waitFor();
    await shot('booking-staff-room-edit');
    await shotBelow('booking-staff-room-edit');
    await page.goBack();
    await page.getByTestId(`managed-room-${room.id}`).getByTestId('room-poster').click();
    await page.getByTestId('room-poster-view').waitFor();
    await page.waitForFunction(
      `Array.from(document.querySelectorAll('img')).some((img) => img.complete && img.naturalWidth > 0)`,
    );
    await shot('booking-staff-poster');
    await page.goBack();
    await page.goBack();

    await page.getByTestId('staff-usage').click();
    await page.getByTestId('usage-totals').waitFor();
    await shot('booking-staff-usage');
    await shotBelow('booking-staff-usage');
    await page.goBack();

    await page.getByTestId('staff-suspensions').click();
    await page.getByText('未到场规则').waitFor();
    await shot('booking-staff-suspensions');
  });
});
