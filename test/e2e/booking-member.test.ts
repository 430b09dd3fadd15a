import { api, bookingPhone, firstFreeSlot, tokenOf } from './booking-phone';
import { devSignIn, visible } from './browser';

const { page, freshPhone, shot, shotBelow } = bookingPhone();

describe('活动中心预约 on a phone', () => {
  it('a member books a free slot, sees it in 我的预约 and cancels it', async () => {
    await devSignIn(page, 'S1006');
    await page.getByTestId('service-booking').click();
    await page.getByTestId('open-my-bookings').waitFor();
    await page.getByText('职工书屋').first().waitFor();
    await shot('booking-home');

    const token = await tokenOf('S1006');
    const rooms = await api<{ items: { id: number; name: string }[] }>('GET', '/api/booking/rooms', token);
    const library = rooms.items.find((r) => r.name === '职工书屋')!;
    const slot = await firstFreeSlot(token, library.id);

    await page.getByTestId(`room-${library.id}`).click();
    await page.getByTestId('release-hint').waitFor();
    await page.getByTestId(`date-${slot.date}`).click();
    const cell = page.locator(`[data-testid="slot-${slot.start}"][data-state="free"]`);
    await cell.waitFor();
    await shot('booking-room');
    await shotBelow('booking-room');

    await cell.click();
    await page.getByTestId('booking-sheet').waitFor();
    await page.getByText('预约须知').waitFor();
    await shot('booking-confirm');
    await page.getByTestId('booking-confirm').click();
    await page.getByTestId('booking-done').waitFor();
    await page.getByText(`${slot.start}–${slot.end}`).first().waitFor();
    await shot('booking-done');

    // The grid behind the sheet now marks the slot as the member's own.
    await page.getByTestId('booking-finish').click();
    await page.locator(`[data-testid="slot-${slot.start}"][data-state="mine"]`).waitFor();
    await shot('booking-room-mine');

    await page.goBack();
    await page.getByTestId('open-my-bookings').click();
    const mine = await api<{ items: { id: number; startsAt: string }[] }>(
      'GET',
      '/api/booking/bookings?scope=upcoming',
      token,
    );
    const booking = mine.items.find((b) => b.startsAt === slot.startsAt)!;
    const card = page.getByTestId(`booking-${booking.id}`);
    await card.waitFor();
    expect(await card.innerText()).toContain('职工书屋');
    expect(await card.getByTestId('booking-status').innerText()).toBe('已确认');
    await shot('booking-mine');

    await card.getByTestId('booking-cancel').click();
    await page.locator('.taro-model__confirm').click();
    await card.waitFor({ state: 'detached' });
    const after = await api<{ status: string }>('GET', `/api/booking/bookings/${booking.id}`, token);
    expect(after.status).toBe('cancelled');

    await page.getByTestId('tab-bookings-past').click();
    await page.getByTestId(`booking-${booking.id}`).getByText('已取消').waitFor();
    await shot('booking-mine-past');
  });

  it('a member sees their own use of the room’s quotas and its rules on the room page', async () => {
    await freshPhone();
    await devSignIn(page, 'S1005');
    const token = await tokenOf('S1005');
    const rooms = await api<{ items: { id: number; name: string }[] }>('GET', '/api/booking/rooms', token);
    const court = rooms.items.find((r) => r.name === '羽毛球场')!;
    // 张丽华 holds one 羽毛球场 booking from the demo data ("tomorrow" 18:30 when it was seeded). A run
    // that crosses midnight after the seed has made that day today, which booking-check-in's closure
    // of today cancels; then she books the first free hour, so that she holds one either way.
    const upcoming = await api<{ items: { room: { id: number }; status: string }[] }>(
      'GET',
      '/api/booking/bookings?scope=upcoming',
      token,
    );
    if (!upcoming.items.some((b) => b.room.id === court.id && b.status === 'confirmed')) {
      const slot = await firstFreeSlot(token, court.id);
      await api('POST', '/api/booking/bookings', token, { roomId: court.id, startsAt: slot.startsAt });
    }
    await page.getByTestId('service-booking').click();
    await page.getByTestId(`room-${court.id}`).click();
    const usage = visible(page, 'quota-usage');
    await usage.waitFor();
    // The room allows one booking not yet used, and she holds one.
    expect(await usage.innerText()).toContain('待使用');
    expect(await usage.innerText()).toContain('1/1 个');
    const rules = visible(page, 'room-rules');
    expect(await rules.innerText()).toContain('每天 08:00 开放第 7 天的预约');
    expect(await rules.innerText()).toContain('开始前 2 小时内不能取消');
    await shot('booking-room-quota');
    await rules.scrollIntoViewIfNeeded();
    await shot('booking-room-rules');
  });
});
