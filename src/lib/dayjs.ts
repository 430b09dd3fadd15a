import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';

// Every time is shown in Beijing time. Asia/Shanghai has had a fixed +08:00
// offset with no DST since 1991, and the JS engines inside mini-programs ship
// an unreliable Intl, so a fixed utcOffset(480) is both correct and safe where
// the timezone plugin (which relies on Intl) is not.
dayjs.extend(utc);
dayjs.locale('zh-cn');

const BEIJING_OFFSET_MINUTES = 480;

export type DateInput = string | number | Date | dayjs.Dayjs;

/** A dayjs in Beijing time, whatever the device's own time zone is. */
export function beijing(input?: DateInput): dayjs.Dayjs {
  return dayjs.utc(input).utcOffset(BEIJING_OFFSET_MINUTES);
}

function withYear(d: dayjs.Dayjs, now: dayjs.Dayjs, pattern: string): string {
  return d.year() === now.year() ? d.format(pattern) : d.format(`YYYY年${pattern}`);
}

/** The instant of a Beijing date and clock ('2026-12-03', '08:00'), written as the API writes instants ('2026-12-03T00:00:00.000Z'). */
export function beijingInstant(date: string, clock: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = clock.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - BEIJING_OFFSET_MINUTES * 60_000).toISOString();
}

/** "14:00" */
export function formatTime(input: DateInput): string {
  return beijing(input).format('HH:mm');
}

/** "11月23日 周一" (the year is added when it is not this year) */
export function formatDate(input: DateInput, now: DateInput = Date.now()): string {
  return withYear(beijing(input), beijing(now), 'M月D日 ddd');
}

/** "11月23日 周一 14:00" (the year is added when it is not this year) */
export function formatDateTime(input: DateInput, now: DateInput = Date.now()): string {
  return withYear(beijing(input), beijing(now), 'M月D日 ddd HH:mm');
}

/** For message lists: 刚刚 / 5分钟前 / 今天 14:00 / 昨天 14:00 / 11月20日 */
export function formatRelative(input: DateInput, now: DateInput = Date.now()): string {
  const d = beijing(input);
  const n = beijing(now);
  const minutes = n.diff(d, 'minute');
  // A device clock a little behind the server's makes fresh items look future.
  if (minutes < 1) return '刚刚';
  if (minutes < 60) return `${minutes}分钟前`;
  if (d.isSame(n, 'day')) return `今天 ${d.format('HH:mm')}`;
  if (d.isSame(n.subtract(1, 'day'), 'day')) return `昨天 ${d.format('HH:mm')}`;
  return withYear(d, n, 'M月D日');
}

/** 早上好 / 上午好 / 中午好 / 下午好 / 晚上好, by the hour in Beijing. */
export function greeting(now: DateInput = Date.now()): string {
  const hour = beijing(now).hour();
  if (hour < 5) return '晚上好';
  if (hour < 9) return '早上好';
  if (hour < 11) return '上午好';
  if (hour < 13) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

/** Today's Beijing date, 'YYYY-MM-DD'. */
export const todayIn = (now: DateInput = Date.now()): string => beijing(now).format('YYYY-MM-DD');

/** The Beijing calendar day `days` after a 'YYYY-MM-DD' date. */
export const addDays = (date: string, days: number): string =>
  beijing(`${date}T00:00:00+08:00`).add(days, 'day').format('YYYY-MM-DD');

/** 'YYYY-MM' of an instant in Beijing. */
export const monthOf = (input: DateInput = Date.now()): string => beijing(input).format('YYYY-MM');

/** The month `delta` months from 'YYYY-MM'. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export default dayjs;
