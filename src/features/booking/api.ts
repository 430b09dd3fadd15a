import type { ApiResponse } from '@/services/api-types';
import { request } from '@/services/http';
import { withSlotDetails } from './grid';
import type {
  Availability,
  AvailabilityResponse,
  BookingPage,
  BookingScope,
  CheckInResult,
  Decision,
  ManagedBookingsQuery,
  MyBookingPage,
  NewBooking,
  NewClosure,
  NewRoom,
  NewSeries,
  NoShowSettings,
  Room,
  RoomChanges,
  Standing,
  SuspensionPage,
  SuspensionQuery,
  Usage,
} from './types';

const BASE = '/api/booking';

// Members: rooms, slots, their own bookings, check-in and standing.

/** listRooms */
export const listRooms = () => request<ApiResponse<'listRooms'>>('GET', `${BASE}/rooms`).then((r) => r.items);

/** getRoomAvailability: the date strip and one date's slot grid (today when no date). */
export const getRoomAvailability = (id: number, date?: string): Promise<Availability> =>
  request<AvailabilityResponse>('GET', `${BASE}/rooms/${id}/availability`, { query: { date } }).then(withSlotDetails);

/** createBooking */
export const createBooking = (input: NewBooking) =>
  request<ApiResponse<'createBooking'>>('POST', `${BASE}/bookings`, { body: input });

/** listMyBookings */
export const listMyBookings = (scope: BookingScope, paging: { limit?: number; after?: string } = {}) =>
  request<MyBookingPage>('GET', `${BASE}/bookings`, { query: { scope, ...paging } });

/** cancelBooking: the member's own before the cut-off, or staff. */
export const cancelBooking = (id: number, reason?: string) =>
  request<ApiResponse<'cancelBooking'>>('POST', `${BASE}/bookings/${id}/cancel`, { body: reason ? { reason } : {} });

/** checkIn: the scene of the door code; walkIn books the current slot and checks in. */
export const checkIn = (scene: string, walkIn = false) =>
  request<CheckInResult>('POST', `${BASE}/check-in`, { body: walkIn ? { scene, walkIn } : { scene } });

/** getBookingStanding */
export const getStanding = () => request<Standing>('GET', `${BASE}/standing`);

/** appealSuspension */
export const appealSuspension = (id: number, reason: string) =>
  request<ApiResponse<'appealSuspension'>>('POST', `${BASE}/suspensions/${id}/appeal`, { body: { reason } });

// Staff (工会干事, 工会主席) of the member's own union.

/** listManagedRooms: every room, inactive ones too. */
export const listManagedRooms = () =>
  request<ApiResponse<'listManagedRooms'>>('GET', `${BASE}/manage/rooms`).then((r) => r.items);

/** getManagedRoom: one room with every rule, a stopped one too. */
export const getManagedRoom = (id: number) => request<Room>('GET', `${BASE}/manage/rooms/${id}`);

/** createRoom */
export const createRoom = (input: NewRoom) =>
  request<ApiResponse<'createRoom'>>('POST', `${BASE}/manage/rooms`, { body: input });

/** updateRoom: active=false cancels its upcoming bookings. */
export const updateRoom = (id: number, changes: RoomChanges) =>
  request<ApiResponse<'updateRoom'>>('PATCH', `${BASE}/manage/rooms/${id}`, { body: changes });

/** getRoomPoster: a path for downloadFile (it answers an image, not JSON). */
export const roomPosterPath = (id: number, format: 'png' | 'svg' = 'png') =>
  `${BASE}/manage/rooms/${id}/poster?format=${format}`;

/** listClosures */
export const listClosures = (includePast = false) =>
  request<ApiResponse<'listClosures'>>('GET', `${BASE}/manage/closures`, {
    query: { includePast: includePast || undefined },
  }).then((r) => r.items);

/** createClosure: cancels the bookings inside it and tells their members. */
export const createClosure = (input: NewClosure) =>
  request<ApiResponse<'createClosure'>>('POST', `${BASE}/manage/closures`, { body: input });

/** deleteClosure */
export const deleteClosure = (id: number) =>
  request<ApiResponse<'deleteClosure'>>('DELETE', `${BASE}/manage/closures/${id}`);

/** listBookingSeries: one room's when given; running ones first. */
export const listSeries = (roomId?: number) =>
  request<ApiResponse<'listBookingSeries'>>('GET', `${BASE}/manage/series`, { query: { roomId } }).then((r) => r.items);

/** createBookingSeries: every slot booked, skipped (closure, past) or in conflict (who holds it). */
export const createSeries = (input: NewSeries) =>
  request<ApiResponse<'createBookingSeries'>>('POST', `${BASE}/manage/series`, { body: input });

/** cancelBookingSeries: frees the occurrences not yet begun. */
export const cancelSeries = (id: number) =>
  request<ApiResponse<'cancelBookingSeries'>>('DELETE', `${BASE}/manage/series/${id}`);

/** listManagedBookings: e.g. status=pending for the approval queue. */
export const listManagedBookings = (query: ManagedBookingsQuery = {}) =>
  request<BookingPage>('GET', `${BASE}/manage/bookings`, { query: { ...query } });

/** decideBooking */
export const decideBooking = (id: number, decision: Decision, reason?: string) =>
  request<ApiResponse<'decideBooking'>>('POST', `${BASE}/manage/bookings/${id}/decide`, {
    body: reason ? { decision, reason } : { decision },
  });

/** getDayView */
export const getDayView = (date?: string) =>
  request<ApiResponse<'getDayView'>>('GET', `${BASE}/manage/day`, { query: { date } });

/** getBookingSettings */
export const getNoShowSettings = () => request<NoShowSettings>('GET', `${BASE}/manage/settings`);

/** updateBookingSettings */
export const updateNoShowSettings = (settings: NoShowSettings) =>
  request<ApiResponse<'updateBookingSettings'>>('PUT', `${BASE}/manage/settings`, { body: settings });

/** listSuspensions */
export const listSuspensions = (query: SuspensionQuery = {}) =>
  request<SuspensionPage>('GET', `${BASE}/manage/suspensions`, { query: { ...query } });

/** decideAppeal */
export const decideAppeal = (id: number, decision: Decision, reply?: string) =>
  request<ApiResponse<'decideAppeal'>>('POST', `${BASE}/manage/suspensions/${id}/decide`, {
    body: reply ? { decision, reply } : { decision },
  });

/** getMonthlyUsage */
export const getMonthlyUsage = (month: string) => request<Usage>('GET', `${BASE}/manage/usage`, { query: { month } });

/** exportMonthlyUsage: a path for downloadFile (XLSX). */
export const usageExportPath = (month: string) => `${BASE}/manage/usage/export?month=${encodeURIComponent(month)}`;
