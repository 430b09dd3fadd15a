import type { ApiRequestBody, ApiResponse, ItemOf } from '@/services/api-types';

// Generated from the server's schemas (npm run api:types) where the client and the server agree;
// the appointments and the booking request are still written here.
export type Mode = 'in_person' | 'phone' | 'online';
export type Contact = 'message' | 'phone';
export type Status =
  'requested' | 'proposed' | 'confirmed' | 'declined' | 'cancelled' | 'expired' | 'completed' | 'no_show';

export type Hotline = ItemOf<Overview['hotlines']>;

export type Policy = Overview['policy'];

export type Overview = ApiResponse<'getCounsellingOverview'>;

/** What staff write on a counsellor's profile. */
export interface CounsellorInput {
  displayName: string;
  qualifications: string;
  introduction: string;
  modes: Mode[];
  room: string;
  slotMinutes: number;
  bufferMinutes: number;
}

export type Counsellor = ApiResponse<'getCounsellor'>;

export type Slot = ItemOf<SlotDay['slots']>;

export type SlotDay = ItemOf<SlotDays['days']>;

export type SlotDays = ApiResponse<'getCounsellorAvailability'>;

interface AppointmentBase {
  id: number;
  status: Status;
  mode: Mode;
  startsAt: string;
  endsAt: string;
  requestedStartsAt: string | null;
  note: string | null;
  contact: Contact;
  arrangement: string | null;
  declineReason: string | null;
  cancelledBy: 'member' | 'proposal_declined' | 'consent_withdrawn' | null;
  createdAt: string;
}

export interface MyAppointment extends AppointmentBase {
  counsellor: { id: number; displayName: string; room: string };
  alias: string | null;
  rating: number | null;
  canCancel: boolean;
  cancelDeadline: string | null;
  canRate: boolean;
}

export interface DeskAppointment extends AppointmentBase {
  client: { name: string; isAlias: boolean; phone: string | null };
  hasNote: boolean;
  anonymised: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface NewRequest {
  counsellorId: number | null;
  startsAt: string;
  mode: Mode;
  alias?: string;
  note?: string;
  contact: Contact;
}

export type DeskSummary = ApiResponse<'getCounsellorDesk'>;

export type DeskScope = 'pending' | 'upcoming' | 'past';

export type WeeklyHours = ItemOf<Schedule['hours']>;

export type Leave = ItemOf<Schedule['leave']>;

export type Schedule = ApiResponse<'getCounsellorSchedule'>;

export type Note = ApiResponse<'getCounsellingNote'>;

export type MonthCount = ItemOf<ApiResponse<'getCounsellingStats'>['months']>;

export type ManagedCounsellor = ItemOf<ApiResponse<'listManagedCounsellors'>['items']>;

export type Settings = ApiRequestBody<'updateCounsellingSettings'>;
