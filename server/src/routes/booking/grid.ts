/**
 * What a slot grid is: places taken per slot, closures and the member's own bookings over a range of
 * dates, as grid-repository.ts reads them, and what the rules ask of it.
 */

/** Whole minutes since the epoch: how the grid keys a slot's start. */
export const epochMinute = (instant: Date) => Math.round(instant.getTime() / 60_000);

export interface Closure {
  roomId: number | null;
  startsOn: string;
  endsOn: string;
  reason: string;
}

/** Places taken per slot, as counted in booking_slots (0 for a slot nobody has booked yet). */
export interface Counters {
  booked(roomId: number, startsAt: Date): number;
  /** One room's counted slots, epochMinute → places taken, for a loop over many slots. */
  ofRoom(roomId: number): ReadonlyMap<number, number>;
}

export interface Grid {
  counters: Counters;
  closures: Closure[];
  /** The member's open bookings: start (epochMinute) → booking id. */
  mine: Map<number, number>;
}

/** The reason a room is closed on a date, or null. */
export function closureOn(closures: Closure[], roomId: number, date: string) {
  return (
    closures.find((c) => (c.roomId === null || c.roomId === roomId) && c.startsOn <= date && date <= c.endsOn)
      ?.reason ?? null
  );
}
