// Rooms and their availability, as /api/booking answers them (server/src/routes/booking/schemas.ts).
// Instants are ISO strings; dates are local 'YYYY-MM-DD'; clocks are 'HH:MM' in Beijing time.

export type RoomMode = 'whole' | 'seats';

export interface OpeningPeriod {
  /** 1 周一 … 7 周日 */
  weekday: number;
  opens: string;
  /** May be '24:00'. */
  closes: string;
}

export interface RoomRules {
  name: string;
  location: string;
  description: string;
  photos: string[];
  mode: RoomMode;
  capacity: number;
  slotMinutes: number;
  openingHours: OpeningPeriod[];
  windowDays: number;
  releaseTime: string;
  cancelCutoffMinutes: number;
  /** null: 不限 */
  quotaPerDay: number | null;
  quotaPerWeek: number | null;
  quotaUpcoming: number | null;
  requiresApproval: boolean;
  checkInBeforeMinutes: number;
  checkInAfterMinutes: number;
}

export interface Room extends RoomRules {
  id: number;
  /** The QR scene printed on the door poster. */
  code: string;
  active: boolean;
}

export type NewRoom = Omit<RoomRules, 'photos'> & { photos?: string[] };
export type RoomChanges = Partial<RoomRules & { active: boolean }>;

export interface SlotTimes {
  startsAt: string;
  endsAt: string;
  date: string;
  start: string;
  end: string;
}

export interface FreeSlot extends SlotTimes {
  remaining: number;
}

/** What members see of a room beside its slots. */
export type RoomSummary = { id: number } & Pick<
  RoomRules,
  'name' | 'location' | 'description' | 'photos' | 'mode' | 'capacity' | 'slotMinutes' | 'requiresApproval'
>;

export interface RoomWithToday extends RoomSummary {
  today: {
    date: string;
    /** Why the room is shut today, or null. */
    note: string | null;
    freeCount: number;
    freeSlots: FreeSlot[];
  };
}

export type SlotState = 'free' | 'few' | 'full' | 'mine' | 'closed' | 'past';

/** A cell of the slot grid as the pages use it: the wire slot with its instant, end, date and the day's note. */
export interface AvailabilitySlot {
  startsAt: string;
  date: string;
  start: string;
  end: string;
  remaining: number;
  state: SlotState;
  /** Why the day cannot be booked (closed cells): '寒假', '08:00 开放预约', '不开放'. */
  note: string | null;
  myBookingId: number | null;
}

/**
 * A slot as getRoomAvailability sends it: its start in Beijing time; the date, the slot length
 * (room.slotMinutes), the day's note and the places per slot are said once, above the slots.
 */
export type AvailabilityWireSlot = Pick<AvailabilitySlot, 'start' | 'remaining' | 'state'> & {
  /** Only on the member's own slot ('mine'). */
  myBookingId?: number;
};

export interface AvailabilityDate {
  date: string;
  weekday: number;
  bookable: boolean;
  /** Why the day cannot be booked: '寒假', '08:00 开放预约', '不开放'. */
  note: string | null;
  freeSlots: number;
}

/** The rules the room page shows; the server checks every one again when booking. */
export type RoomRulesView = Pick<
  RoomRules,
  | 'openingHours'
  | 'windowDays'
  | 'releaseTime'
  | 'cancelCutoffMinutes'
  | 'quotaPerDay'
  | 'quotaPerWeek'
  | 'quotaUpcoming'
  | 'requiresApproval'
  | 'checkInBeforeMinutes'
  | 'checkInAfterMinutes'
>;

/** A room as the room page and the confirm sheet know it. */
export type BookableRoom = RoomSummary & RoomRulesView;

export interface QuotaUse {
  used: number;
  limit: number;
}

/** The member's own use of the room's quotas, counted by the server the way its booking rules count. */
export interface QuotaUsage {
  /** The date 当天 means: the one on screen. */
  date: string;
  weekStart: string;
  weekEnd: string;
  perDay: QuotaUse | null;
  perWeek: QuotaUse | null;
  /** Bookings not yet used (待审核, 已预约). */
  upcoming: QuotaUse | null;
}

export interface Availability {
  room: RoomSummary;
  rules: RoomRulesView;
  /** null: the room has no quotas. */
  quota: QuotaUsage | null;
  today: string;
  date: string;
  /** Why `date` cannot be booked, or null. */
  note: string | null;
  /** Places per slot: 1 for a whole room, its seats otherwise. */
  slotCapacity: number;
  dates: AvailabilityDate[];
  slots: AvailabilitySlot[];
}

export type AvailabilityResponse = Omit<Availability, 'slots'> & { slots: AvailabilityWireSlot[] };
