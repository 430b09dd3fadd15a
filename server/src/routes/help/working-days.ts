/**
 * Local dates (Asia/Shanghai, 'YYYY-MM-DD') and working days: Monday to Friday, less the union's
 * closure days. China keeps UTC+8 all year, so a fixed offset is exact.
 */
import { addDays as plusDays, isoWeekday } from '../../time/beijing';

export { addDays as plusDays, formatDate as formatLocalDate, localDate as beijingDate } from '../../time/beijing';

export interface ClosedRange {
  startsOn: string;
  endsOn: string;
}

const isWeekend = (date: string) => isoWeekday(date) >= 6;
const isClosed = (date: string, closed: readonly ClosedRange[]) =>
  closed.some((c) => c.startsOn <= date && date <= c.endsOn);

export const isWorkingDay = (date: string, closed: readonly ClosedRange[]): boolean =>
  !isWeekend(date) && !isClosed(date, closed);

/** The `count`-th working day after `from` (`from` itself never counts; 0 gives `from`). */
export function addWorkingDays(from: string, count: number, closed: readonly ClosedRange[]): string {
  let date = from;
  for (let left = count; left > 0;) {
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
