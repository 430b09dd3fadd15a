// The room page's grid comes small over the wire (it is the page members open most, on any
// network): each slot is its start, what is left and its state. Here every cell gets what the
// pages read from it: its instant, its end, its date and the day's note. Pure, so it is unit-tested.
import { beijingInstant } from '@/lib/dayjs';
import { clockAfter } from './clock';
import type { Availability, AvailabilityResponse } from './types';

export function withSlotDetails(grid: AvailabilityResponse): Availability {
  const { date, note } = grid;
  const slots = grid.slots.map((slot) => ({
    startsAt: beijingInstant(date, slot.start),
    date,
    start: slot.start,
    end: clockAfter(slot.start, grid.room.slotMinutes),
    remaining: slot.remaining,
    state: slot.state,
    note,
    myBookingId: slot.myBookingId ?? null,
  }));
  return { ...grid, slots };
}
