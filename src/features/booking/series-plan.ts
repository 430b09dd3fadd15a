// The recurring-booking form's arithmetic and the words for a series and its result. Pure (no
// Taro), unit-tested; the server checks the plan again and decides every date.
import { clockOf, minutesOf } from './clock';
import { dateTitle } from './slot-labels';
import type { Room, Series, SeriesCreated } from './types';

type Grid = Pick<Room, 'openingHours' | 'slotMinutes'>;

const SHORT = ['', '一', '二', '三', '四', '五', '六', '日'];
const DAY_MS = 86_400_000;

const dateMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const weekdayOf = (date: string) => new Date(dateMs(date)).getUTCDay() || 7;

export const addDays = (date: string, days: number) =>
  new Date(dateMs(date) + days * DAY_MS).toISOString().slice(0, 10);

/** Start minutes of one weekday's slots, in order: each opening period cut into slots (as the server does). */
function startMinutes(room: Grid, weekday: number): number[] {
  const periods = room.openingHours
    .filter((p) => p.weekday === weekday)
    .map((p) => ({ opens: minutesOf(p.opens), closes: minutesOf(p.closes) }))
    .sort((a, b) => a.opens - b.opens);
  const starts: number[] = [];
  for (const p of periods)
    for (let m = p.opens; m + room.slotMinutes <= p.closes; m += room.slotMinutes) starts.push(m);
  return starts;
}

/** Weekdays (1 周一 … 7 周日) on which the room has at least one slot. */
export const openWeekdays = (room: Grid) => [1, 2, 3, 4, 5, 6, 7].filter((w) => startMinutes(room, w).length > 0);

/** The start times offered on every chosen weekday, in order. */
export function commonStarts(room: Grid, weekdays: number[]): string[] {
  if (weekdays.length === 0) return [];
  const [first, ...rest] = weekdays.map((w) => startMinutes(room, w));
  return first!.filter((m) => rest.every((starts) => starts.includes(m))).map(clockOf);
}

/** How many back-to-back slots follow `start` on every chosen weekday (0 when it is not a slot on one of them). */
export function maxRun(room: Grid, weekdays: number[], start: string): number {
  const from = minutesOf(start);
  return Math.min(
    ...weekdays.map((w) => {
      const starts = startMinutes(room, w);
      let n = 0;
      while (starts.includes(from + n * room.slotMinutes)) n += 1;
      return n;
    }),
  );
}

/** The end of `slots` slots from `start`: '20:00', or '24:00' at midnight. */
export const runEnd = (room: Pick<Room, 'slotMinutes'>, start: string, slots: number) =>
  clockOf(minutesOf(start) + slots * room.slotMinutes);

/** How many dates of these weekdays lie in the range (inclusive). */
export function countDates(startsOn: string, endsOn: string, weekdays: number[]): number {
  if (endsOn < startsOn) return 0;
  let n = 0;
  for (let d = startsOn; d <= endsOn; d = addDays(d, 1)) if (weekdays.includes(weekdayOf(d))) n += 1;
  return n;
}

/** '每天', '每周一至五', '每周二、四'. */
export function weekdaysText(weekdays: number[]): string {
  const days = [...weekdays].sort((a, b) => a - b);
  if (days.length === 7) return '每天';
  const run = days.length >= 3 && days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
  if (run) return `每周${SHORT[days[0]!]}至${SHORT[days.at(-1)!]}`;
  return `每周${days.map((d) => SHORT[d]).join('、')}`;
}

/** '每周二、四 18:00–20:00' */
export const seriesTimeText = (s: Pick<Series, 'weekdays' | 'start' | 'end'>) =>
  `${weekdaysText(s.weekdays)} ${s.start}–${s.end}`;

/** A one-day series (a club event's room) reads as its date: '11月27日 周五 16:30–18:30'; others as seriesTimeText. */
export const seriesWhenText = (
  s: Pick<Series, 'weekdays' | 'start' | 'end' | 'startsOn' | 'endsOn'>,
  now: number = Date.now(),
) => (s.startsOn === s.endsOn ? `${dateTitle(s.startsOn, now)} ${s.start}–${s.end}` : seriesTimeText(s));

export interface ResultLine {
  date: string;
  time: string;
  reason: string;
}

/** The booked slots by date, back-to-back ones joined: [{ date, time: '18:00–20:00' }]. */
export function bookedByDate(booked: SeriesCreated['booked']): { date: string; time: string }[] {
  const days: { date: string; start: string; end: string }[] = [];
  for (const b of booked) {
    const last = days.at(-1);
    if (last && last.date === b.date && last.end === b.start) last.end = b.end;
    else days.push({ date: b.date, start: b.start, end: b.end });
  }
  return days.map((d) => ({ date: d.date, time: `${d.start}–${d.end}` }));
}

const lineOf = (o: { date: string; start: string; end: string | null; reason: string }): ResultLine => ({
  date: o.date,
  time: o.end ? `${o.start}–${o.end}` : o.start,
  reason: o.reason,
});

/** What the result page says, all of it from the server's answer. */
export function resultSummary(created: SeriesCreated) {
  const bookedDays = bookedByDate(created.booked);
  const skipped = created.skipped.map(lineOf);
  const conflicts = created.conflicts.map(lineOf);
  const problems = skipped.length + conflicts.length;
  const headline =
    created.booked.length === 0
      ? '没有预约到任何时段'
      : problems === 0
        ? `已全部预约，共 ${bookedDays.length} 天`
        : `已预约 ${bookedDays.length} 天，另有 ${problems} 处未能预约`;
  return {
    headline,
    bookedDays,
    skipped,
    conflicts,
    tone: created.booked.length === 0 ? 'bad' : problems === 0 ? 'ok' : 'warn',
  } as const;
}
