import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { badRequest } from '../../errors';
import { bookingRepository } from './bookings-repository';
import { closureOn, type Grid } from './grid';
import { gridRepository } from './grid-repository';
import type { Availability, FreeSlot, QuotaUsage, RoomList, RoomRecord, RoomRules, RoomSummary } from './schemas';
import { bookingWindow, isFew, slotCapacity, slotsOn, weeklySlotStarts } from './slots';
import { atLocal, daysBetween, formatClock, type LocalDay, localDate, localDays, weekOf } from '../../time/beijing';

const MINUTE_MS = 60_000;

type SlotView = Static<typeof Availability>['slots'][number];

export const summaryOf = (room: RoomRecord): Static<typeof RoomSummary> => ({
  id: room.id,
  name: room.name,
  location: room.location,
  description: room.description,
  photos: room.photos,
  mode: room.mode,
  capacity: room.capacity,
  slotMinutes: room.slotMinutes,
  requiresApproval: room.requiresApproval,
});

/**
 * The date strip over the booking window and the slot grid of one date, as one member sees them;
 * null when the union has no such active room.
 */
export async function roomAvailability(
  db: Queryable,
  p: { roomId: number; memberId: number; date?: string; now: Date },
  found: { room: RoomRecord; grid: Grid } | null,
) {
  const { memberId, now } = p;
  if (!found) return null;
  const { room, grid } = found;
  const window = bookingWindow(room, now);
  const date = p.date ?? window.today;
  if (date < window.today || date > window.lastDate)
    throw badRequest(`只能查看今天起 ${room.windowDays} 天内的时段`, 'OUTSIDE_WINDOW');

  const quota = await quotaUsage(db, room, memberId, date, now);
  const day: DayContext = {
    room,
    grid,
    capacity: slotCapacity(room),
    startsByWeekday: weeklySlotStarts(room),
    nowMinute: now.getTime() / MINUTE_MS,
    note: (d, slotCount) =>
      closureOn(grid.closures, room.id, d) ??
      (d > window.openThrough ? `${room.releaseTime} 开放预约` : slotCount === 0 ? '不开放' : null),
  };
  const days = localDays(window.today, daysBetween(window.today, window.lastDate) + 1);
  const dates = days.map((d) => dateChip(day, d));
  const { note, slots } = slotGrid(day, days[daysBetween(window.today, date)]!);
  return {
    room: summaryOf(room),
    rules: rulesOf(room),
    quota,
    today: window.today,
    date,
    note,
    slotCapacity: day.capacity,
    dates,
    slots,
  };
}

// The room page is what members open most, and under a rush what is requested most: its grid is
// built from minutes and shared texts rather than Dates, and its objects field by field rather than by spread.
interface DayContext {
  room: RoomRecord;
  grid: Grid;
  capacity: number;
  startsByWeekday: readonly (readonly number[])[];
  /** Now in minutes since the epoch, as the grid keys slots (see gridOf). */
  nowMinute: number;
  /** Why a date cannot be booked, or null. */
  note: (date: string, slotCount: number) => string | null;
}

/** One date of the strip: bookable or why not, and how many slots are still free. */
function dateChip(
  { room, grid, capacity, startsByWeekday, nowMinute, note: noteOf }: DayContext,
  { date, weekday, midnight: midnightMs }: LocalDay,
) {
  const starts = startsByWeekday[weekday]!;
  const note = noteOf(date, starts.length);
  let freeSlots = 0;
  if (note === null) {
    const midnight = midnightMs / MINUTE_MS;
    const booked = grid.counters.ofRoom(room.id);
    // An index loop: `for … of` over the shared (frozen) starts leaves V8's fast path and allocates a step object per slot.
    for (let i = 0; i < starts.length; i += 1) {
      const startsMinute = midnight + starts[i]!;
      if (startsMinute > nowMinute && (booked.get(startsMinute) ?? 0) < capacity && !grid.mine.has(startsMinute))
        freeSlots += 1;
    }
  }
  return { date, weekday, bookable: note === null, note, freeSlots };
}

/** The slots of one date, each free / few / full / mine / closed / past. */
function slotGrid(
  { room, grid, capacity, startsByWeekday, nowMinute, note: noteOf }: DayContext,
  { date, weekday, midnight: midnightMs }: LocalDay,
) {
  const starts = startsByWeekday[weekday]!;
  const note = noteOf(date, starts.length);
  const midnight = midnightMs / MINUTE_MS;
  const booked = grid.counters.ofRoom(room.id);
  const slots = starts.map((m): SlotView => {
    const startsMinute = midnight + m;
    const remaining = Math.max(0, capacity - (booked.get(startsMinute) ?? 0));
    const myBookingId = grid.mine.get(startsMinute);
    const state: SlotView['state'] =
      myBookingId !== undefined
        ? 'mine'
        : note
          ? 'closed'
          : startsMinute <= nowMinute
            ? 'past'
            : remaining === 0
              ? 'full'
              : isFew(remaining, capacity)
                ? 'few'
                : 'free';
    return { start: formatClock(m), remaining, state, myBookingId };
  });
  return { note, slots };
}

const rulesOf = (room: RoomRecord): Static<typeof RoomRules> => ({
  openingHours: room.openingHours,
  windowDays: room.windowDays,
  releaseTime: room.releaseTime,
  cancelCutoffMinutes: room.cancelCutoffMinutes,
  quotaPerDay: room.quotaPerDay,
  quotaPerWeek: room.quotaPerWeek,
  quotaUpcoming: room.quotaUpcoming,
  requiresApproval: room.requiresApproval,
  checkInBeforeMinutes: room.checkInBeforeMinutes,
  checkInAfterMinutes: room.checkInAfterMinutes,
});

/**
 * What the member has used of the room's quotas for one date and its week, or null when the room
 * has none (and then costs no query). The counts are the booking transaction's own (memberCounts
 * runs the counting of roomAndFacts), so the page never says a booking is allowed when the rule would refuse it.
 */
async function quotaUsage(
  db: Queryable,
  room: RoomRecord,
  memberId: number,
  date: string,
  now: Date,
): Promise<Static<typeof QuotaUsage> | null> {
  if (room.quotaPerDay === null && room.quotaPerWeek === null && room.quotaUpcoming === null) return null;
  const week = weekOf(date);
  const today = localDate(now);
  const facts = await bookingRepository(db).memberCounts({
    roomId: room.id,
    memberId,
    startsAt: atLocal(date, 0),
    date,
    week,
    now,
    scanFrom: week.start < today ? week.start : today,
  });
  const use = (limit: number | null, used: number) => (limit === null ? null : { used, limit });
  return {
    date,
    weekStart: week.start,
    weekEnd: week.end,
    perDay: use(room.quotaPerDay, facts.dayCount),
    perWeek: use(room.quotaPerWeek, facts.weekCount),
    upcoming: use(room.quotaUpcoming, facts.upcomingCount),
  };
}

/** Every active room of the union with what is still free today. */
export async function roomsWithToday(
  db: Queryable,
  rooms: RoomRecord[],
  unionId: number,
  now: Date,
): Promise<Static<typeof RoomList>> {
  if (rooms.length === 0) return { items: [] };
  const repo = gridRepository(db);
  const today = localDate(now);
  const { counters, closures } = await repo.grid({ roomIds: rooms.map((r) => r.id), unionId, from: today, to: today });
  return {
    items: rooms.map((room) => {
      const slots = slotsOn(room, today);
      const closed = closureOn(closures, room.id, today);
      const capacity = slotCapacity(room);
      const free: Static<typeof FreeSlot>[] = closed
        ? []
        : slots
            .filter((s) => s.startsAt.getTime() > now.getTime())
            .map((s) => ({
              startsAt: s.startsAt,
              endsAt: s.endsAt,
              date: s.date,
              start: s.start,
              end: s.end,
              remaining: capacity - counters.booked(room.id, s.startsAt),
            }))
            .filter((s) => s.remaining > 0);
      return {
        ...summaryOf(room),
        today: {
          date: today,
          note: closed ?? (slots.length === 0 ? '今日不开放' : null),
          freeCount: free.length,
          freeSlots: free.slice(0, 8),
        },
      };
    }),
  };
}
