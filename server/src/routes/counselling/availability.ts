import type { Queryable } from '../../db';
import { type CounsellorRow, counsellorRepository } from './counsellors-repository';
import { bookingWindow, type CounsellingSettings, loadSettings } from './rules';
import { freeSlots, localDay, type Slot } from './slots';

/**
 * The free sessions of each counsellor within the booking window: weekly hours, minus leave,
 * minus the time held by other appointments (buffer included), from the minimum notice on.
 */
export async function freeSlotsOf(
  db: Queryable,
  counsellors: CounsellorRow[],
  settings: CounsellingSettings,
  now: Date,
  options: { ignoreBooked?: boolean } = {},
): Promise<Map<number, Slot[]>> {
  if (counsellors.length === 0) return new Map();
  const repo = counsellorRepository(db);
  const { from, until } = bookingWindow(settings, now);
  const schedules = await repo.schedules(counsellors, localDay(now));
  const ids = counsellors.map((c) => c.id);
  const busy = options.ignoreBooked ? new Map(ids.map((id) => [id, []])) : await repo.busy(ids, from, until);
  return new Map(counsellors.map((c) => [c.id, freeSlots(schedules.get(c.id)!, busy.get(c.id)!, from, until)]));
}

/** For 任一咨询师: every start time at which at least one counsellor is free, the earliest first. */
export function mergeSlots(slotsByCounsellor: Map<number, Slot[]>): Slot[] {
  const byStart = new Map<number, Slot>();
  for (const slots of slotsByCounsellor.values()) {
    for (const slot of slots) if (!byStart.has(slot.startsAt.getTime())) byStart.set(slot.startsAt.getTime(), slot);
  }
  return [...byStart.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Each counsellor's earliest free session within the union's booking window, or null when fully booked. */
export async function nextFreeSession(
  db: Queryable,
  counsellors: CounsellorRow[],
  unionId: number,
  now: Date,
): Promise<Map<number, Date | null>> {
  const free = await freeSlotsOf(db, counsellors, await loadSettings(db, unionId), now);
  return new Map(counsellors.map((c) => [c.id, free.get(c.id)![0]?.startsAt ?? null]));
}
