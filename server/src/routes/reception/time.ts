/**
 * Asia/Shanghai calendar arithmetic. China has kept UTC+8 without daylight saving since 1991, so a
 * fixed offset is exact and needs no time-zone database. Dates are local 'YYYY-MM-DD' strings.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

const dateMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const shifted = (instant: Date) => new Date(instant.getTime() + OFFSET_MS);

/** The local calendar date of an instant. */
export const localDate = (instant: Date): string => shifted(instant).toISOString().slice(0, 10);

/** 'HH:MM' of an instant in local time. */
export const localClock = (instant: Date): string => shifted(instant).toISOString().slice(11, 16);

export const addDays = (date: string, days: number): string => new Date(dateMs(date) + days * DAY_MS).toISOString().slice(0, 10);

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string): number => new Date(dateMs(date)).getUTCDay() || 7;

/** Monday and Sunday of the week holding `date`. */
export function weekOf(date: string): { start: string; end: string } {
  const start = addDays(date, 1 - isoWeekday(date));
  return { start, end: addDays(start, 6) };
}

/** '14:00' → 840 minutes after midnight; '24:00' → 1440. */
export function minutesOf(clock: string): number {
  const [h, m] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

/** The instant of a local date at a minute of that day. */
export const atLocal = (date: string, minutes: number): Date => new Date(dateMs(date) + minutes * 60_000 - OFFSET_MS);

/** '11月26日 周三' — the way members read a date. */
export function formatDate(date: string): string {
  const [, month, day] = date.split('-');
  return `${Number(month)}月${Number(day)}日 ${WEEKDAYS[isoWeekday(date)]}`;
}

/** '11月26日 周三 14:20'. */
export const formatInstant = (instant: Date): string => `${formatDate(localDate(instant))} ${localClock(instant)}`;

/** 'YYYY-MM' → its first day and the first day of the next month. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}
