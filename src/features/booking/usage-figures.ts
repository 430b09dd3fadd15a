// Numbers for the monthly usage page: rates as percentages and bar lengths. Pure (no Taro).

/** 0.853 → '85%'; null (nothing to count yet) → '—'. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

/**
 * Bar lengths in percent of the largest value. A value above zero never shrinks below a visible
 * sliver, so a small count is not mistaken for none.
 */
export function barWidths(values: number[], minimum = 4): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (v <= 0 || max === 0 ? 0 : Math.max(minimum, Math.round((v / max) * 100))));
}

export { monthOf, shiftMonth } from '@/lib/dayjs';

/** '2026年11月' */
export function monthTitle(month: string): string {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}

/** 18 → '18:00' */
export const hourLabel = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

/** The busiest hours to show: the top `count` by bookings, then in the order of the day. */
export function topHours<T extends { hour: number; bookings: number }>(hours: T[], count = 6): T[] {
  return [...hours]
    .sort((a, b) => b.bookings - a.bookings || a.hour - b.hour)
    .slice(0, count)
    .sort((a, b) => a.hour - b.hour);
}
