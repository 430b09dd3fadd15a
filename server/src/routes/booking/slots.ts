import {
  addDays,
  atLocal,
  formatClock,
  isoWeekday,
  localDate,
  localMidnight,
  localMinutes,
  parseClock,
} from '../../time/beijing';

export interface OpeningPeriod {
  weekday: number;
  opens: string;
  closes: string;
}

/** What the slot grid and the booking window depend on. */
export interface RoomGrid {
  mode: 'whole' | 'seats';
  capacity: number;
  slotMinutes: number;
  windowDays: number;
  releaseTime: string;
  openingHours: OpeningPeriod[];
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
  date: string;
  start: string;
  end: string;
}

/** Places per slot: a whole room is taken by one booking, a seats room by `capacity`. */
export const slotCapacity = (room: Pick<RoomGrid, 'mode' | 'capacity'>): number =>
  room.mode === 'whole' ? 1 : room.capacity;

// A room's weekly grid depends only on its slot length and opening hours, and a few shapes serve
// every room of a union: each shape is cut once and shared (read-only), where cutting it again for
// every grid and every booking allocated more than the rest of the room page. Bounded: the oldest goes first.
const WEEK_SHAPES = 256;
const weeks = new Map<string, readonly (readonly number[])[]>();

/** Start minutes (since local midnight) of the slots of each weekday, index 1 = Monday … 7 = Sunday: each opening period cut into slots, in order. */
export function weeklySlotStarts(room: Pick<RoomGrid, 'slotMinutes' | 'openingHours'>): readonly (readonly number[])[] {
  const shape = `${room.slotMinutes}|${room.openingHours.map((p) => `${p.weekday} ${p.opens}-${p.closes}`).join(',')}`;
  let week = weeks.get(shape);
  if (!week) {
    week = cutWeek(room);
    if (weeks.size >= WEEK_SHAPES) weeks.delete(weeks.keys().next().value!);
    weeks.set(shape, week);
  }
  return week;
}

function cutWeek(room: Pick<RoomGrid, 'slotMinutes' | 'openingHours'>): readonly (readonly number[])[] {
  const week: number[][] = [[], [], [], [], [], [], [], []];
  const periods = room.openingHours
    .map((p) => ({ weekday: p.weekday, opens: parseClock(p.opens), closes: parseClock(p.closes) }))
    .sort((a, b) => a.opens - b.opens);
  for (const period of periods) {
    const starts = week[period.weekday]!;
    for (let m = period.opens; m + room.slotMinutes <= period.closes; m += room.slotMinutes) starts.push(m);
  }
  return Object.freeze(week.map((starts) => Object.freeze(starts)));
}

/** Start minutes (since local midnight) of one date's slots, in order. */
const startMinutes = (room: Pick<RoomGrid, 'slotMinutes' | 'openingHours'>, date: string) =>
  weeklySlotStarts(room)[isoWeekday(date)]!;

/** The slots of one local date, in order. */
export function slotsOn(room: Pick<RoomGrid, 'slotMinutes' | 'openingHours'>, date: string): Slot[] {
  const midnight = localMidnight(date);
  return startMinutes(room, date).map((m) => slotAt(room, date, midnight, m));
}

function slotAt(room: Pick<RoomGrid, 'slotMinutes'>, date: string, midnight: number, minutes: number): Slot {
  const end = minutes + room.slotMinutes;
  return {
    startsAt: new Date(midnight + minutes * 60_000),
    endsAt: new Date(midnight + end * 60_000),
    date,
    start: formatClock(minutes),
    end: formatClock(end),
  };
}

/** The slot that starts at exactly this instant, or null when the grid has none there. */
export function findSlot(room: Pick<RoomGrid, 'slotMinutes' | 'openingHours'>, startsAt: Date): Slot | null {
  const date = localDate(startsAt);
  const minutes = (startsAt.getTime() - localMidnight(date)) / 60_000;
  return startMinutes(room, date).includes(minutes) ? slotAt(room, date, localMidnight(date), minutes) : null;
}

export interface BookingWindow {
  today: string;
  /** The furthest date of the window (today + windowDays). */
  lastDate: string;
  /** The furthest date open for booking now: `lastDate` once today's release time has passed. */
  openThrough: string;
  /** When `lastDate` opens, while it is not open yet. */
  releaseAt: Date | null;
}

/**
 * A room can be booked from today to `windowDays` ahead; the furthest day opens each day at
 * `releaseTime` (e.g. with 7 days and 08:00, next Monday opens this Monday at 08:00).
 */
export function bookingWindow(room: Pick<RoomGrid, 'windowDays' | 'releaseTime'>, now: Date): BookingWindow {
  const today = localDate(now);
  const lastDate = addDays(today, room.windowDays);
  const released = localMinutes(now) >= parseClock(room.releaseTime);
  return {
    today,
    lastDate,
    openThrough: released ? lastDate : addDays(lastDate, -1),
    releaseAt: released ? null : atLocal(today, parseClock(room.releaseTime)),
  };
}

/** 'few' once a quarter or less of the places are left (only for rooms with more than one place). */
export function isFew(remaining: number, capacity: number): boolean {
  return capacity > 1 && remaining > 0 && remaining <= Math.ceil(capacity / 4);
}

/** Opening periods that overlap, or that cannot hold one slot: a description of the first problem, or null. */
export function openingHoursProblem(hours: OpeningPeriod[], slotMinutes: number): string | null {
  const names = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
  const sorted = [...hours].sort((a, b) => a.weekday - b.weekday || parseClock(a.opens) - parseClock(b.opens));
  for (const [index, period] of sorted.entries()) {
    const label = `${names[period.weekday]} ${period.opens}–${period.closes}`;
    if (parseClock(period.closes) - parseClock(period.opens) < slotMinutes)
      return `开放时间 ${label} 不足一个时段（${slotMinutes} 分钟）`;
    const previous = sorted[index - 1];
    if (previous && previous.weekday === period.weekday && parseClock(previous.closes) > parseClock(period.opens)) {
      return `开放时间 ${label} 与同日其他时间重叠`;
    }
  }
  return null;
}
