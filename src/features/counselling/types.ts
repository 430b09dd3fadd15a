export type Mode = 'in_person' | 'phone' | 'online';
export type Contact = 'message' | 'phone';
export type Status =
  'requested' | 'proposed' | 'confirmed' | 'declined' | 'cancelled' | 'expired' | 'completed' | 'no_show';

export interface Hotline {
  number: string;
  label: string;
}

export interface Policy {
  windowDays: number;
  minNoticeHours: number;
  cancelCutoffHours: number;
  maxUpcoming: number;
  retentionYears: number;
}

export interface Overview {
  hotlines: Hotline[];
  consent: {
    version: string;
    agreed: { version: string; agreedAt: string } | null;
    needsRenewal: boolean;
  };
  policy: Policy;
  access: { counsellorId: number | null; canManage: boolean; canSeeStats: boolean };
}

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

export interface Counsellor extends Omit<CounsellorInput, 'bufferMinutes'> {
  id: number;
  nextSlotAt: string | null;
}

export interface Slot {
  startsAt: string;
  endsAt: string;
}

export interface SlotDay {
  date: string;
  slots: Slot[];
}

export interface SlotDays {
  counsellorId: number | null;
  days: SlotDay[];
}

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

export interface DeskSummary {
  counsellor: Counsellor;
  active: boolean;
  rating: { average: number | null; count: number };
  pending: number;
  upcoming: number;
}

export type DeskScope = 'pending' | 'upcoming' | 'past';

export interface WeeklyHours {
  weekday: number;
  starts: string;
  ends: string;
}

export interface Leave {
  id: number;
  startsOn: string;
  endsOn: string;
  reason: string;
}

export interface Schedule {
  slotMinutes: number;
  bufferMinutes: number;
  hours: WeeklyHours[];
  leave: Leave[];
}

export interface Note {
  text: string | null;
  updatedAt: string | null;
}

export interface MonthCount {
  month: string;
  requests: number;
  completed: number;
  byMode: Record<Mode, number>;
}

export interface ManagedCounsellor extends Counsellor {
  memberName: string;
  staffNo: string;
  bufferMinutes: number;
  active: boolean;
}

export interface Settings extends Pick<Policy, 'windowDays' | 'minNoticeHours' | 'cancelCutoffHours'> {
  hotlines: Hotline[];
}
