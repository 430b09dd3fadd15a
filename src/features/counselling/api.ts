import { request } from '@/services/http';
import type {
  CounsellorInput,
  Counsellor,
  DeskAppointment,
  DeskScope,
  DeskSummary,
  Leave,
  ManagedCounsellor,
  Mode,
  MonthCount,
  MyAppointment,
  NewRequest,
  Note,
  Overview,
  Page,
  Schedule,
  Settings,
  SlotDays,
  WeeklyHours,
} from './types';

const BASE = '/api/counselling';

export const getOverview = () => request<Overview>('GET', BASE);
export const giveConsent = (version: string) => request<void>('POST', `${BASE}/consent`, { body: { version } });
export const withdrawConsent = () =>
  request<{ cancelled: number; anonymised: number }>('POST', `${BASE}/consent/withdraw`);

export const listCounsellors = (mode?: Mode) =>
  request<{ items: Counsellor[] }>('GET', `${BASE}/counsellors`, { query: { mode } }).then((r) => r.items);
export const getCounsellor = (id: number) => request<Counsellor>('GET', `${BASE}/counsellors/${id}`);
export const getCounsellorAvailability = (id: number) =>
  request<SlotDays>('GET', `${BASE}/counsellors/${id}/availability`);
export const listAnySlots = (mode: Mode) => request<SlotDays>('GET', `${BASE}/slots`, { query: { mode } });

export const createRequest = (input: NewRequest) =>
  request<MyAppointment>('POST', `${BASE}/appointments`, { body: input });
export const listMine = (scope: 'upcoming' | 'past', limit = 50) =>
  request<Page<MyAppointment>>('GET', `${BASE}/appointments`, { query: { scope, limit } });
export const getMine = (id: number) => request<MyAppointment>('GET', `${BASE}/appointments/${id}`);
export type MemberAction = 'cancel' | 'accept' | 'decline';
export const actOnMine = (id: number, action: MemberAction) =>
  request<MyAppointment>('POST', `${BASE}/appointments/${id}/${action}`);
export const rate = (id: number, score: number) =>
  request<MyAppointment>('POST', `${BASE}/appointments/${id}/rating`, { body: { score } });

export const getDesk = () => request<DeskSummary>('GET', `${BASE}/desk`);
export const listDesk = (scope: DeskScope) =>
  request<Page<DeskAppointment>>('GET', `${BASE}/desk/appointments`, { query: { scope, limit: 50 } });
export const getDeskAppointment = (id: number) => request<DeskAppointment>('GET', `${BASE}/desk/appointments/${id}`);
export type DeskDecision =
  | { action: 'confirm'; arrangement?: string }
  | { action: 'propose'; startsAt: string }
  | { action: 'decline'; reason: string }
  | { action: 'complete' }
  | { action: 'no-show' };
export const decide = (id: number, { action, ...body }: DeskDecision) =>
  request<DeskAppointment>('POST', `${BASE}/desk/appointments/${id}/${action}`, { body });
export const getNote = (id: number) => request<Note>('GET', `${BASE}/desk/appointments/${id}/note`);
export const saveNote = (id: number, text: string) =>
  request<Note>('PUT', `${BASE}/desk/appointments/${id}/note`, { body: { text } });

export const getSchedule = () => request<Schedule>('GET', `${BASE}/desk/schedule`);
export const saveSchedule = (input: { slotMinutes: number; bufferMinutes: number; hours: WeeklyHours[] }) =>
  request<Schedule>('PUT', `${BASE}/desk/schedule`, { body: input });
export const addLeave = (input: { startsOn: string; endsOn: string; reason: string }) =>
  request<{ leave: Leave; affected: number }>('POST', `${BASE}/desk/leave`, { body: input });
export const removeLeave = (id: number) => request<void>('DELETE', `${BASE}/desk/leave/${id}`);

export const getStats = (months = 6) =>
  request<{ months: MonthCount[] }>('GET', `${BASE}/stats`, { query: { months } }).then((r) => r.months);
export const listManaged = () =>
  request<{ items: ManagedCounsellor[] }>('GET', `${BASE}/manage/counsellors`).then((r) => r.items);
export const createCounsellor = (input: CounsellorInput & { staffNo: string }) =>
  request<ManagedCounsellor>('POST', `${BASE}/manage/counsellors`, { body: input });
export const updateCounsellor = (id: number, input: Partial<CounsellorInput> & { active?: boolean }) =>
  request<ManagedCounsellor>('PATCH', `${BASE}/manage/counsellors/${id}`, { body: input });
export const saveSettings = (input: Settings) => request<Settings>('PUT', `${BASE}/manage/settings`, { body: input });
