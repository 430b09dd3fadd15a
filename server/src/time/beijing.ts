/**
 * Local time in Asia/Shanghai, for every domain. China has kept UTC+8 without daylight saving since
 * 1991, so a fixed offset is exact and needs no time-zone database; dates are 'YYYY-MM-DD' strings of
 * the local calendar. The current instant comes from ../clock, never from `new Date()`.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

const shifted = (instant: Date) => new Date(instant.getTime() + OFFSET_MS);

/** The local calendar date of an instant. */
export const localDate = (instant: Date): string => shifted(instant).toISOString().slice(0, 10);

/** Minutes since local midnight. */
export function localMinutes(instant: Date): number {
  const t = shifted(instant);
  return t.getUTCHours() * 60 + t.getUTCMinutes();
}

const dateMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

export const addDays = (date: string, days: number): string =>
  new Date(dateMs(date) + days * DAY_MS).toISOString().slice(0, 10);

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string): number => new Date(dateMs(date)).getUTCDay() || 7;

/** Monday and Sunday of the week holding `date`. */
export function weekOf(date: string): { start: string; end: string } {
  const start = addDays(date, 1 - isoWeekday(date));
  return { start, end: addDays(start, 6) };
}

/** Milliseconds of the local midnight that starts `date`. */
export const localMidnight = (date: string): number => dateMs(date) - OFFSET_MS;

/** The instant of a local date and a minute of that day (1440 is the next midnight). */
export const atLocal = (date: string, minutes: number): Date => new Date(localMidnight(date) + minutes * 60_000);

export interface LocalDay {
  date: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Milliseconds of its local midnight. */
  midnight: number;
}

/** `count` consecutive local dates from `from`, with their weekdays and midnights, from one parse of `from`. */
export function localDays(from: string, count: number): LocalDay[] {
  const first = dateMs(from);
  const firstWeekday = isoWeekday(from);
  return Array.from({ length: count }, (_, i) => ({
    date: i === 0 ? from : new Date(first + i * DAY_MS).toISOString().slice(0, 10),
    weekday: ((firstWeekday - 1 + i) % 7) + 1,
    midnight: first + i * DAY_MS - OFFSET_MS,
  }));
}

export const daysBetween = (from: string, to: string): number => Math.round((dateMs(to) - dateMs(from)) / DAY_MS);

/** '08:00' or '08:00:00' → 480; '24:00' → 1440. */
export function parseClock(text: string): number {
  const [h, m] = text.split(':');
  return Number(h) * 60 + Number(m);
}

const clockText = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
// Every minute of a day, 00:00 … 24:00, written once: a slot grid writes two clocks per slot.
const CLOCKS = Array.from({ length: 1441 }, (_, minutes) => clockText(minutes));

/** 480 → '08:00'; 1440 → '24:00'. */
export const formatClock = (minutes: number): string => CLOCKS[minutes] ?? clockText(minutes);

/** Local start/end labels (a slot ending at midnight ends at 24:00). */
export function clockLabels(startsAt: Date, endsAt: Date): { start: string; end: string } {
  const start = localMinutes(startsAt);
  return {
    start: formatClock(start),
    end: formatClock(start + Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000)),
  };
}

/** '11月23日 周一' — the way the members read a date. */
export function formatDate(date: string): string {
  const [, month, day] = date.split('-');
  return `${Number(month)}月${Number(day)}日 ${WEEKDAYS[isoWeekday(date)]}`;
}

/** '11月23日 周一 14:00'. */
export const formatInstant = (instant: Date): string =>
  `${formatDate(localDate(instant))} ${formatClock(localMinutes(instant))}`;

export const weekdayName = (weekday: number): string => WEEKDAYS[weekday] ?? '';

/** '1 小时', '90 分钟', '1 天'. */
export function formatDuration(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} 天`;
  if (minutes % 60 === 0) return `${minutes / 60} 小时`;
  return `${minutes} 分钟`;
}

/** 'YYYY-MM' → its first day and the first day of the next month. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}
