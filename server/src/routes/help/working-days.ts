/**
 * Local dates (Asia/Shanghai, 'YYYY-MM-DD') and working days: Monday to Friday, less the union's
 * closure days. China keeps UTC+8 all year, so a fixed offset is exact.
 */
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export interface ClosedRange {
  startsOn: string;
  endsOn: string;
}

const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The local calendar date of an instant in Beijing. */
export const beijingDate = (instant: Date): string => fromMs(instant.getTime() + SHANGHAI_OFFSET_MS);

export const plusDays = (date: string, days: number): string => fromMs(toMs(date) + days * DAY_MS);

const isWeekend = (date: string) => [0, 6].includes(new Date(toMs(date)).getUTCDay());
const isClosed = (date: string, closed: readonly ClosedRange[]) => closed.some((c) => c.startsOn <= date && date <= c.endsOn);

export const isWorkingDay = (date: string, closed: readonly ClosedRange[]): boolean => !isWeekend(date) && !isClosed(date, closed);

/** The `count`-th working day after `from` (`from` itself never counts; 0 gives `from`). */
export function addWorkingDays(from: string, count: number, closed: readonly ClosedRange[]): string {
  let date = from;
  for (let left = count; left > 0; ) {
    date = plusDays(date, 1);
    if (isWorkingDay(date, closed)) left -= 1;
  }
  return date;
}

/** How many working days lie after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string, closed: readonly ClosedRange[]): number {
  let count = 0;
  for (let date = plusDays(from, 1); date <= to; date = plusDays(date, 1)) {
    if (isWorkingDay(date, closed)) count += 1;
  }
  return count;
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** '11月27日 周五', the way members read a date. */
export function formatLocalDate(date: string): string {
  const [, month, day] = date.split('-');
  return `${Number(month)}月${Number(day)}日 ${WEEKDAYS[new Date(toMs(date)).getUTCDay()]}`;
}
