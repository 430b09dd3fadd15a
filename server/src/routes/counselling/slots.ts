/**
 * Session slots from a counsellor's weekly hours, in Asia/Shanghai local time (UTC+8 all year
 * since 1991, so a fixed offset is exact). Pure functions: the routes pass in what is booked.
 */
import {
  addDays as shiftDay,
  atLocal as localInstant,
  isoWeekday as weekdayOf,
  localDate as localDay,
  parseClock as minuteOfDay,
} from '../../time/beijing';

export { localDay, localInstant, minuteOfDay, shiftDay, weekdayOf };

const MINUTE = 60_000;

export const addMinutes = (instant: Date, minutes: number): Date => new Date(instant.getTime() + minutes * MINUTE);

export interface WeeklyHours {
  weekday: number;
  starts: string;
  ends: string;
}

export interface Schedule {
  slotMinutes: number;
  bufferMinutes: number;
  hours: WeeklyHours[];
  leave: { startsOn: string; endsOn: string }[];
}

/** A session and the time it keeps the counsellor (its end plus the buffer). */
export interface Slot {
  startsAt: Date;
  endsAt: Date;
  heldUntil: Date;
}

export type Busy = Pick<Slot, 'startsAt' | 'heldUntil'>;

export const onLeave = (schedule: Pick<Schedule, 'leave'>, day: string): boolean =>
  schedule.leave.some((period) => period.startsOn <= day && day <= period.endsOn);

/** Every session a counsellor offers on one local day, booked or not: none on a day of leave. */
export function sessionsOn(schedule: Schedule, day: string): Slot[] {
  if (onLeave(schedule, day)) return [];
  const weekday = weekdayOf(day);
  const step = schedule.slotMinutes + schedule.bufferMinutes;
  const sessions: Slot[] = [];
  for (const period of schedule.hours.filter((h) => h.weekday === weekday)) {
    const end = minuteOfDay(period.ends);
    for (let minute = minuteOfDay(period.starts); minute + schedule.slotMinutes <= end; minute += step) {
      const startsAt = localInstant(day, minute);
      const endsAt = addMinutes(startsAt, schedule.slotMinutes);
      sessions.push({ startsAt, endsAt, heldUntil: addMinutes(endsAt, schedule.bufferMinutes) });
    }
  }
  return sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** The same overlap test as the database's exclusion constraint: half-open [start, heldUntil). */
export const overlaps = (a: Busy, b: Busy): boolean => a.startsAt < b.heldUntil && b.startsAt < a.heldUntil;

/** Free sessions starting within [from, until), in time order. */
export function freeSlots(schedule: Schedule, busy: Busy[], from: Date, until: Date): Slot[] {
  const free: Slot[] = [];
  for (let day = localDay(from); day <= localDay(until); day = shiftDay(day, 1)) {
    for (const slot of sessionsOn(schedule, day)) {
      if (slot.startsAt < from || slot.startsAt >= until) continue;
      if (!busy.some((b) => overlaps(b, slot))) free.push(slot);
    }
  }
  return free;
}

/** The free sessions grouped by local day, as the booking page shows them. */
export function byDay(slots: Slot[]): { date: string; slots: Slot[] }[] {
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const day = localDay(slot.startsAt);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return [...days].map(([date, list]) => ({ date, slots: list }));
}
