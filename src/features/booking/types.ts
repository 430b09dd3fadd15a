// The shapes of /api/booking (server/src/routes/booking/schemas.ts and manage-schemas.ts).
// Instants are ISO strings; dates are local 'YYYY-MM-DD'; clocks are 'HH:MM' in Beijing time.
import type { RoomMode, SlotTimes, FreeSlot } from './room-types';

export type {
  RoomMode,
  OpeningPeriod,
  RoomRules,
  Room,
  NewRoom,
  RoomChanges,
  SlotTimes,
  FreeSlot,
  RoomSummary,
  RoomWithToday,
  SlotState,
  AvailabilitySlot,
  AvailabilityWireSlot,
  AvailabilityDate,
  RoomRulesView,
  BookableRoom,
  QuotaUse,
  QuotaUsage,
  Availability,
  AvailabilityResponse,
} from './room-types';

export type BookingStatus = 'pending' | 'confirmed' | 'checked_in' | 'no_show' | 'cancelled' | 'rejected';
export type BookingSource = 'member' | 'walk_in' | 'series';

export interface Booking extends SlotTimes {
  id: number;
  room: { id: number; name: string; location: string };
  member: { id: number; name: string };
  status: BookingStatus;
  source: BookingSource;
  seats: number;
  note: string;
  reason: string | null;
  checkedInAt: string | null;
  createdAt: string;
  cancellable: boolean;
  cancelDeadline: string;
  checkInOpensAt: string;
  checkInClosesAt: string;
}

export interface BookingPage {
  items: Booking[];
  total: number;
}

/** 我的预约 one page at a time: nextCursor (null on the last page) is the next page's `after`. */
export interface MyBookingPage extends BookingPage {
  nextCursor: string | null;
}

export type BookingScope = 'upcoming' | 'past';

export interface Paging {
  limit?: number;
  offset?: number;
}

export type CheckInOutcome = 'checked_in' | 'already_checked_in' | 'walked_in' | 'not_checked_in';

export interface CheckInResult {
  outcome: CheckInOutcome;
  message: string;
  room: { id: number; name: string; location: string };
  booking: Booking | null;
  /** The slot 立即使用 would take now. */
  walkIn: FreeSlot | null;
  nextFree: FreeSlot | null;
}

export interface Appeal {
  status: 'pending' | 'approved' | 'rejected';
  reason: string;
  reply: string | null;
  appealedAt: string;
  decidedAt: string | null;
}

export interface Suspension {
  id: number;
  member: { id: number; name: string; staffNo: string };
  startsAt: string;
  endsAt: string;
  reason: string;
  status: 'active' | 'lifted' | 'ended';
  appeal: Appeal | null;
}

export interface Standing {
  suspension: Suspension | null;
  recentNoShows: number;
  noShowLimit: number;
  noShowWindowDays: number;
  suspensionDays: number;
}

export type Decision = 'approve' | 'reject';

export interface Closure {
  id: number;
  /** null: every room of the union. */
  roomId: number | null;
  roomName: string | null;
  startsOn: string;
  endsOn: string;
  reason: string;
  createdAt: string;
}

export interface NewClosure {
  roomId: number | null;
  startsOn: string;
  endsOn: string;
  reason: string;
}

export interface ClosureCreated {
  closure: Closure;
  cancelledBookings: number;
}

export type SeriesStatus = 'active' | 'ended' | 'cancelled';

/** A recurring booking (固定安排) by staff: on each weekday, `slots` back-to-back slots from `start`. */
export interface Series {
  id: number;
  roomId: number;
  roomName: string;
  title: string;
  /** 1 周一 … 7 周日, ascending. */
  weekdays: number[];
  start: string;
  /** End of the last slot; may be '24:00'. */
  end: string;
  slots: number;
  startsOn: string;
  endsOn: string;
  seats: number;
  status: SeriesStatus;
  createdBy: { id: number; name: string };
  heldBookings: number;
  upcomingBookings: number;
  nextStartsAt: string | null;
  cancelledAt: string | null;
  createdAt: string;
}

export interface NewSeries {
  roomId: number;
  title: string;
  weekdays: number[];
  start: string;
  slots: number;
  startsOn: string;
  endsOn: string;
  seats?: number;
}

export interface SeriesOccurrence {
  date: string;
  start: string;
  /** null when the day has no such slot. */
  end: string | null;
  startsAt: string | null;
}

export interface SeriesCreated {
  series: Series;
  booked: { date: string; start: string; end: string; startsAt: string; bookingId: number }[];
  /** Closed days (the closure's reason) and slots already begun. */
  skipped: (SeriesOccurrence & { reason: string })[];
  /** Slots someone else holds: the reason names them. */
  conflicts: (SeriesOccurrence & { reason: string; heldBy: string[] })[];
}

export interface SeriesCancelled {
  series: Series;
  cancelledBookings: number;
}

export interface ManagedBookingsQuery extends Paging {
  status?: BookingStatus;
  roomId?: number;
  from?: string;
  to?: string;
}

export interface DayBooking {
  id: number;
  member: { id: number; name: string; staffNo: string };
  status: BookingStatus;
  source: string;
  seats: number;
  note: string;
  checkedInAt: string | null;
}

export interface DaySlot extends SlotTimes {
  capacity: number;
  booked: number;
  bookings: DayBooking[];
}

export interface DayRoom {
  id: number;
  name: string;
  mode: RoomMode;
  capacity: number;
  closedReason: string | null;
  slots: DaySlot[];
}

export interface DayView {
  date: string;
  rooms: DayRoom[];
}

export interface UsageFigures {
  bookings: number;
  checkedIn: number;
  noShows: number;
  cancelled: number;
  checkInRate: number | null;
  noShowRate: number | null;
}

export interface Usage {
  month: string;
  totals: UsageFigures;
  rooms: (UsageFigures & { roomId: number; roomName: string })[];
  /** Most booked first. */
  busiestHours: { hour: number; bookings: number }[];
}

export interface NoShowSettings {
  noShowLimit: number;
  noShowWindowDays: number;
  suspensionDays: number;
}

export interface SuspensionPage {
  items: Suspension[];
  total: number;
}
