/** The slots of a session: back to back every `slotMinutes` from its start, none running past its end. */
export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
  slotMinutes: number;
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

export function slotsOf(session: SessionTimes): Slot[] {
  const step = session.slotMinutes * 60_000;
  const slots: Slot[] = [];
  for (let t = session.startsAt.getTime(); t + step <= session.endsAt.getTime(); t += step) {
    slots.push({ startsAt: new Date(t), endsAt: new Date(t + step) });
  }
  return slots;
}

/** The slot that starts at `startsAt`, or null when no slot of the session starts then. */
export function findSlot(session: SessionTimes, startsAt: Date): Slot | null {
  return slotsOf(session).find((slot) => slot.startsAt.getTime() === startsAt.getTime()) ?? null;
}
