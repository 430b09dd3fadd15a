import path from 'node:path';
import { fileSuite } from '../support/file-suite';
import { baseUrl, openPhone, shot as settledShot, SHOTS_DIR } from './browser';
import { testNow } from '../support/test-clock';

/**
 * The frame of the booking browser tests: one phone for the file (`page` follows freshPhone), the
 * API called directly to set up and check, and screenshots. Run the files with e.g.
 * E2E_PORT=4613 E2E_H5_DIR=dist-h5-booking npx jest -c test/e2e/jest.config.js --runInBand test/e2e/booking
 */
export function bookingPhone() {
  let phone: Awaited<ReturnType<typeof openPhone>>;
  const { page } = fileSuite(
    async () => (phone = await openPhone()),
    (opened) => opened.browser.close(),
  );

  /** A fresh phone with no session, as when someone scans the door code for the first time. */
  async function freshPhone() {
    await phone.browser.close();
    Object.assign(phone, await openPhone());
  }

  /** After the page's slide-in animation has settled. */
  const shot = (name: string) => settledShot(page, name);

  /** The rest of a long page: the page scrolls inside Taro's page element, not the document. */
  async function shotBelow(name: string) {
    // A string, so that this file needs no DOM typings (the server's tsconfig checks it too).
    await page.evaluate(`for (const el of document.querySelectorAll('.taro_page, .rmc-pull-to-refresh-content-wrapper, body, html')) el.scrollTop = 600;
    window.scrollTo(0, 600);`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SHOTS_DIR, `${name}-below.png`) });
  }
  return { page, freshPhone, shot, shotBelow };
}

export interface Slot {
  startsAt: string;
  date: string;
  start: string;
  end: string;
  state: string;
}

export async function api<T>(method: string, url: string, token?: string, body?: unknown): Promise<T> {
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

export const tokenOf = async (staffNo: string) =>
  (await api<{ token: string }>('POST', '/api/auth/dev-login', undefined, { staffNo })).token;
export const checkInUrl = (code: string) =>
  `${baseUrl()}/#/packages/booking/pages/check-in/index?scene=${encodeURIComponent(code)}`;
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/** The first date in the window with a free slot in this room, and that slot. */
export async function firstFreeSlot(token: string, roomId: number): Promise<Slot> {
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
    const later = testNow() + 60 * 60_000;
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
export async function roundTheClockRoom(): Promise<{ id: number; code: string; name: string }> {
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
