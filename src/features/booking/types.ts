// The shapes of /api/booking, generated from the server's schemas (npm run api:types).
// Instants are ISO strings; dates are local 'YYYY-MM-DD'; clocks are 'HH:MM' in Beijing time.
import type { ApiQuery, ApiRequestBody, ApiResponse, ItemOf } from '@/services/api-types';

// Rooms
export type Room = ApiResponse<'getManagedRoom'>;
export type RoomMode = Room['mode'];
export type OpeningPeriod = ItemOf<Room['openingHours']>;
export type NewRoom = ApiRequestBody<'createRoom'>;
export type RoomChanges = ApiRequestBody<'updateRoom'>;
export type RoomWithToday = ItemOf<ApiResponse<'listRooms'>['items']>;
export type FreeSlot = ItemOf<RoomWithToday['today']['freeSlots']>;

// Availability: the room page's grid as the server sends it
export type AvailabilityResponse = ApiResponse<'getRoomAvailability'>;
/** What members see of a room beside its slots. */
export type RoomSummary = AvailabilityResponse['room'];
/** The rules the room page shows; the server checks every one again when booking. */
export type RoomRulesView = AvailabilityResponse['rules'];
export type AvailabilityDate = ItemOf<AvailabilityResponse['dates']>;
/** The member's own use of the room's quotas, counted by the server the way its booking rules count. */
export type QuotaUsage = NonNullable<AvailabilityResponse['quota']>;
export type QuotaUse = NonNullable<QuotaUsage['perDay']>;
export type SlotState = ItemOf<AvailabilityResponse['slots']>['state'];

// Bookings, check-in, standing
export type Booking = ApiResponse<'getBooking'>;
export type BookingStatus = Booking['status'];
export type NewBooking = ApiRequestBody<'createBooking'>;
export type BookingPage = ApiResponse<'listManagedBookings'>;
/** 我的预约 one page at a time: nextCursor (null on the last page) is the next page's `after`. */
export type MyBookingPage = ApiResponse<'listMyBookings'>;
export type BookingScope = NonNullable<ApiQuery<'listMyBookings'>['scope']>;
export type ManagedBookingsQuery = ApiQuery<'listManagedBookings'>;
export type Decision = ApiRequestBody<'decideBooking'>['decision'];
export type CheckInResult = ApiResponse<'checkIn'>;
export type Standing = ApiResponse<'getBookingStanding'>;
export type Suspension = NonNullable<Standing['suspension']>;
export type SuspensionPage = ApiResponse<'listSuspensions'>;
export type SuspensionQuery = ApiQuery<'listSuspensions'>;

// Staff: closures, series, the day, usage, settings
export type Closure = ItemOf<ApiResponse<'listClosures'>['items']>;
export type NewClosure = ApiRequestBody<'createClosure'>;
export type ClosureCreated = ApiResponse<'createClosure'>;
export type Series = ItemOf<ApiResponse<'listBookingSeries'>['items']>;
export type NewSeries = ApiRequestBody<'createBookingSeries'>;
export type SeriesCreated = ApiResponse<'createBookingSeries'>;
export type SeriesCancelled = ApiResponse<'cancelBookingSeries'>;
export type DayView = ApiResponse<'getDayView'>;
export type DayRoom = ItemOf<DayView['rooms']>;
export type DaySlot = ItemOf<DayRoom['slots']>;
export type DayBooking = ItemOf<DaySlot['bookings']>;
export type Usage = ApiResponse<'getMonthlyUsage'>;
export type NoShowSettings = ApiResponse<'getBookingSettings'>;

// What the UI adds

/** A room's rules as the room form edits them: the room without its id, door code and state. */
export type RoomRules = Omit<Room, 'id' | 'code' | 'active'>;

/** A room as the room page and the confirm sheet know it. */
export type BookableRoom = RoomSummary & RoomRulesView;

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

/** The availability with every slot filled in (grid.ts): the slots say once what the answer said above them. */
export type Availability = Omit<AvailabilityResponse, 'slots'> & { slots: AvailabilitySlot[] };
