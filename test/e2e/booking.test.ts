import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, devSignIn, fill, openPhone, screenshot, SHOTS_DIR, visible } from './browser';

// Run with: E2E_PORT=4613 E2E_H5_DIR=dist-h5-booking npx jest -c test/e2e/jest.config.js --runInBand test/e2e/booking

let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openPhone());
});
afterAll(() => browser.close());

interface Slot {
  startsAt: string;
  date: string;
  start: string;
  end: string;
  state: string;
}

async function api<T>(method: string, url: string, token?: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl()}${url}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

const tokenOf = async (staffNo: string) =>
  (await api<{ token: string }>('POST', '/api/auth/dev-login', undefined, { staffNo })).token;
const checkInUrl = (code: string) =>
  `${baseUrl()}/#/packages/booking/pages/check-in/index?scene=${encodeURIComponent(code)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/** A fresh phone with no session, as when someone scans the door code for the first time. */
async function freshPhone() {
  await browser.close();
  ({ browser, page } = await openPhone());
}

/** After the page's slide-in animation has settled. */
async function shot(name: string) {
  await page.waitForTimeout(500);
  await screenshot(page, name);
}

/** The rest of a long page: the page scrolls inside Taro's page element, not the document. */
async function shotBelow(name: string) {
  // A string, so that this file needs no DOM typings (the server's tsconfig checks it too).
  await page.evaluate(`for (const el of document.querySelectorAll('.taro_page, .rmc-pull-to-refresh-content-wrapper, body, html')) el.scrollTop = 600;
    window.scrollTo(0, 600);`);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}-below.png`) });
}

/** The first date in the window with a free slot in this room, and that slot. */
async function firstFreeSlot(token: string, roomId: number): Promise<Slot> {
  const first = await api<{ dates: { date: string; freeSlots: number }[] }>(
    'GET',
    `/api/booking/rooms/${roomId}/availability`,
    token,
  );
  for (const day of first.dates.filter((d) => d.freeSlots > 0)) {
    const grid = await api<{ room: { slotMinutes: number }; slots: { start: string; state: string }[] }>(
      'GET',
      `/api/booking/rooms/${roomId}/availability?date=${day.date}`,
      token,
    );
    // A slot starting within the hour may already be open for check-in (待签到, not 已确认): take a later one.
    const later = Date.now() + 60 * 60_000;
    const slot = grid.slots.find((s) => s.state === 'free' && Date.parse(`${day.date}T${s.start}:00+08:00`) > later);
    if (slot) {
      // The grid gives a slot's start in Beijing time; its instant and end follow from the date and the slot length.
      const startsAt = new Date(`${day.date}T${slot.start}:00+08:00`);
      const endMinute = Number(slot.start.slice(0, 2)) * 60 + Number(slot.start.slice(3)) + grid.room.slotMinutes;
      const end = `${String(Math.floor(endMinute / 60)).padStart(2, '0')}:${String(endMinute % 60).padStart(2, '0')}`;
      return { startsAt: startsAt.toISOString(), date: day.date, start: slot.start, end, state: slot.state };
    }
  }
  throw new Error('no free slot in the booking window');
}

/** A room open every day round the clock in 15-minute slots, so that some slot always starts within 15 minutes. */
async function roundTheClockRoom(): Promise<{ id: number; code: string; name: string }> {
  const staff = await tokenOf('S1002');
  const openingHours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
  return api('POST', '/api/booking/manage/rooms', staff, {
    name: '教工活动室',
    location: '行政楼一楼 101',
    mode: 'seats',
    capacity: 10,
    slotMinutes: 15,
    openingHours,
    windowDays: 1,
  });
}

describe('活动中心预约 on a phone', () => {
  let room: { id: number; code: string; name: string };

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

  it('a member opens the check-in URL of a room they booked and is checked in', async () => {
    room = await roundTheClockRoom();
    const token = await tokenOf('S1006');
    // The next slot starts within 15 minutes; leave a moment so it has not started by the time it is booked.
    let next = Math.ceil((Date.now() + 1000) / 900_000) * 900_000;
    if (next - Date.now() < 30_000) {
      await sleep(next - Date.now() + 1000);
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

  it('a member sees their own use of the room’s quotas and its rules on the room page', async () => {
    await freshPhone();
    await devSignIn(page, 'S1005');
    const token = await tokenOf('S1005');
    const rooms = await api<{ items: { id: number; name: string }[] }>('GET', '/api/booking/rooms', token);
    const court = rooms.items.find((r) => r.name === '羽毛球场')!;
    await page.getByTestId('service-booking').click();
    await page.getByTestId(`room-${court.id}`).click();
    const usage = visible(page, 'quota-usage');
    await usage.waitFor();
    // 张丽华 holds one 羽毛球场 booking from the demo data; the room allows one not yet used.
    expect(await usage.innerText()).toContain('待使用');
    expect(await usage.innerText()).toContain('1/1 个');
    const rules = visible(page, 'room-rules');
    expect(await rules.innerText()).toContain('每天 08:00 开放第 7 天的预约');
    expect(await rules.innerText()).toContain('开始前 2 小时内不能取消');
    await shot('booking-room-quota');
    await rules.scrollIntoViewIfNeeded();
    await shot('booking-room-rules');
  });

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
