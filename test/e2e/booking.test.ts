import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, devSignIn, openPhone, screenshot, SHOTS_DIR } from './browser';

// Run with: E2E_PORT=3971 E2E_H5_DIR=dist-h5-booking npx jest -c test/e2e/jest.config.js --runInBand test/e2e/booking

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
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

const tokenOf = async (staffNo: string) => (await api<{ token: string }>('POST', '/api/auth/dev-login', undefined, { staffNo })).token;
const checkInUrl = (code: string) => `${baseUrl()}/#/packages/booking/pages/check-in/index?scene=${encodeURIComponent(code)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
  const first = await api<{ dates: { date: string; freeSlots: number }[] }>('GET', `/api/booking/rooms/${roomId}/availability`, token);
  for (const day of first.dates.filter((d) => d.freeSlots > 0)) {
    const grid = await api<{ slots: Slot[] }>('GET', `/api/booking/rooms/${roomId}/availability?date=${day.date}`, token);
    const slot = grid.slots.find((s) => s.state === 'free');
    if (slot) return slot;
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
    const mine = await api<{ items: { id: number; startsAt: string }[] }>('GET', '/api/booking/bookings?scope=upcoming', token);
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
    expect((await api<{ status: string }>('GET', `/api/booking/bookings/${booking.id}`, token)).status).toBe('checked_in');
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
    const mine = await api<{ items: { room: { id: number }; status: string; source: string }[] }>('GET', '/api/booking/bookings', token);
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
    await page.waitForFunction(`Array.from(document.querySelectorAll('img')).some((img) => img.complete && img.naturalWidth > 0)`);
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
