import { addDays, api, bookingPhone, isoWeekday, tokenOf } from './booking-phone';
import { devSignIn, fill, visible } from './browser';

const { page, freshPhone, shot, shotBelow } = bookingPhone();

describe('活动中心预约 on a phone', () => {
  it('staff arrange a club’s weekly training over a range with a closure: skipped dates and a conflict are reported, then cancel it', async () => {
    const staffToken = await tokenOf('S1002');
    const rooms = await api<{ items: { id: number; name: string }[] }>('GET', '/api/booking/manage/rooms', staffToken);
    const court = rooms.items.find((r) => r.name === '羽毛球场')!;
    const held = await api<{ items: { member: { name: string }; date: string; start: string }[] }>(
      'GET',
      `/api/booking/manage/bookings?roomId=${court.id}&status=confirmed`,
      staffToken,
    );
    // 张丽华's evening booking from the demo data is the conflict; a repair day two weeks later, the closure.
    const taken = held.items.find((b) => b.member.name === '张丽华')!;
    expect(taken.start).toBe('18:30');
    const weekday = isoWeekday(taken.date);
    const repairDay = addDays(taken.date, 14);
    await api('POST', '/api/booking/manage/closures', staffToken, {
      roomId: court.id,
      startsOn: repairDay,
      endsOn: repairDay,
      reason: '场地维修',
    });

    await freshPhone();
    await devSignIn(page, 'S1002');
    await page.getByTestId('service-booking').click();
    await page.getByTestId('booking-staff').waitFor();
    await page.getByTestId('staff-rooms').click();
    await visible(page, `managed-room-${court.id}`).getByTestId('room-series').click();
    await visible(page, 'series-filter-all').waitFor();
    expect(await visible(page, `series-filter-${court.id}`).getAttribute('class')).toContain(
      'bk-rooms-filter__chip--on',
    );
    await shot('booking-staff-series');

    await visible(page, 'series-new').click();
    await visible(page, 'series-form').waitFor();
    await fill(page, 'series-title', '羽毛球社训练');
    await visible(page, `series-day-${weekday}`).click();
    await visible(page, 'series-start-17:30').click();
    await visible(page, 'series-slots-2').click();
    await visible(page, 'series-weeks-8').click();
    expect(await visible(page, 'series-plan').innerText()).toContain('17:30–19:30');
    await page.evaluate(
      `for (const el of document.querySelectorAll('.taro_page, body, html')) el.scrollTop = 0; window.scrollTo(0, 0);`,
    );
    await shot('booking-staff-series-form');
    await shotBelow('booking-staff-series-form');

    await visible(page, 'series-submit').click();
    const result = visible(page, 'series-result');
    await result.waitFor();
    const conflict = visible(page, `series-conflict-${taken.date}`);
    expect(await conflict.innerText()).toContain('18:30–19:30');
    expect(await conflict.innerText()).toContain('已被张丽华预约');
    expect(await visible(page, `series-skipped-${repairDay}`).innerText()).toContain('闭馆：场地维修');
    await shot('booking-staff-series-result');
    await visible(page, 'series-booked').scrollIntoViewIfNeeded();
    await shot('booking-staff-series-result-booked');

    // The list, the database and the page agree.
    const listed = await api<{
      items: { id: number; title: string; weekdays: number[]; start: string; end: string; heldBookings: number }[];
    }>('GET', `/api/booking/manage/series?roomId=${court.id}`, staffToken);
    const series = listed.items.find((x) => x.title === '羽毛球社训练')!;
    expect(series).toMatchObject({ weekdays: [weekday], start: '17:30', end: '19:30' });
    expect(series.heldBookings).toBeGreaterThan(0);
    const after = await api<{ items: { member: { name: string }; date: string; start: string }[] }>(
      'GET',
      `/api/booking/manage/bookings?roomId=${court.id}&status=confirmed&from=${taken.date}&to=${taken.date}`,
      staffToken,
    );
    expect(after.items.find((b) => b.start === '18:30')!.member.name).toBe('张丽华');

    await visible(page, 'series-open-list').click();
    const card = visible(page, `series-${series.id}`);
    await card.waitFor();
    expect(await card.innerText()).toContain('每周');
    await shot('booking-staff-series-list');
    await card.getByTestId('series-cancel').click();
    await page.locator('.taro-modal__content').getByText('将释放给会员').waitFor();
    await shot('booking-staff-series-cancel');
    await page.locator('.taro-model__confirm').click();
    await card.getByTestId('series-status').getByText('已取消').waitFor();
    const cancelled = await api<{ items: { id: number; status: string; upcomingBookings: number }[] }>(
      'GET',
      `/api/booking/manage/series?roomId=${court.id}`,
      staffToken,
    );
    expect(cancelled.items.find((x) => x.id === series.id)).toMatchObject({ status: 'cancelled', upcomingBookings: 0 });
  });
});
