import type { ApiRequestBody, ApiResponse } from '@/services/api-types';
import { request } from '@/services/http';
import type {
  CounsellorChanges,
  Counsellor,
  DeskAppointment,
  DeskAppointmentPage,
  DeskScope,
  DeskSummary,
  ManagedCounsellor,
  Mode,
  MyAppointment,
  MyAppointmentPage,
  MyScope,
  NewCounsellor,
  NewLeave,
  NewRequest,
  Note,
  Overview,
  Schedule,
  ScheduleInput,
  Settings,
  SlotDays,
} from './types';

const BASE = '/api/counselling';

export const getOverview = () => request<Overview>('GET', BASE);
export const giveConsent = (version: string) =>
  request<ApiResponse<'giveCounsellingConsent'>>('POST', `${BASE}/consent`, { body: { version } });
export const withdrawConsent = () =>
  request<ApiResponse<'withdrawCounsellingConsent'>>('POST', `${BASE}/consent/withdraw`);

export const listCounsellors = (mode?: Mode) =>
  request<ApiResponse<'listCounsellors'>>('GET', `${BASE}/counsellors`, { query: { mode } }).then((r) => r.items);
export const getCounsellor = (id: number) => request<Counsellor>('GET', `${BASE}/counsellors/${id}`);
export const getCounsellorAvailability = (id: number) =>
  request<SlotDays>('GET', `${BASE}/counsellors/${id}/availability`);
export const listAnySlots = (mode: Mode) =>
  request<ApiResponse<'listAnyCounsellorSlots'>>('GET', `${BASE}/slots`, { query: { mode } });

export const createRequest = (input: NewRequest) =>
  request<ApiResponse<'createCounsellingRequest'>>('POST', `${BASE}/appointments`, { body: input });
// A page of a list; the next one goes on after the last appointment shown (the `next` of this one).
const PAGE = 20;
const page = (after?: string) => ({ limit: PAGE, ...(after ? { after } : {}) });

export const listMine = (scope: MyScope, after?: string) =>
  request<MyAppointmentPage>('GET', `${BASE}/appointments`, { query: { scope, ...page(after) } });
export const getMine = (id: number) => request<MyAppointment>('GET', `${BASE}/appointments/${id}`);
export type MemberAction = 'cancel' | 'accept' | 'decline';
// cancelCounselling, acceptCounsellingProposal and declineCounsellingProposal answer the same appointment.
export const actOnMine = (id: number, action: MemberAction) =>
  request<ApiResponse<'cancelCounselling'>>('POST', `${BASE}/appointments/${id}/${action}`);
export const rate = (id: number, score: number) =>
  request<ApiResponse<'rateCounselling'>>('POST', `${BASE}/appointments/${id}/rating`, { body: { score } });

export const getDesk = () => request<DeskSummary>('GET', `${BASE}/desk`);
export const listDesk = (scope: DeskScope, after?: string) =>
  request<DeskAppointmentPage>('GET', `${BASE}/desk/appointments`, { query: { scope, ...page(after) } });
export const getDeskAppointment = (id: number) => request<DeskAppointment>('GET', `${BASE}/desk/appointments/${id}`);
export type DeskDecision =
  | ({ action: 'confirm' } & ApiRequestBody<'confirmCounselling'>)
  | ({ action: 'propose' } & ApiRequestBody<'proposeCounsellingTime'>)
  | ({ action: 'decline' } & ApiRequestBody<'declineCounselling'>)
  | { action: 'complete' }
  | { action: 'no-show' };
// Each decision is its own operation (confirmCounselling … markCounsellingNoShow); all answer the appointment.
export const decide = (id: number, { action, ...body }: DeskDecision) =>
  request<ApiResponse<'confirmCounselling'>>('POST', `${BASE}/desk/appointments/${id}/${action}`, { body });
export const getNote = (id: number) => request<Note>('GET', `${BASE}/desk/appointments/${id}/note`);
export const saveNote = (id: number, text: string) =>
  request<ApiResponse<'saveCounsellingNote'>>('PUT', `${BASE}/desk/appointments/${id}/note`, { body: { text } });

export const getSchedule = () => request<Schedule>('GET', `${BASE}/desk/schedule`);
export const saveSchedule = (input: ScheduleInput) =>
  request<ApiResponse<'updateCounsellorSchedule'>>('PUT', `${BASE}/desk/schedule`, { body: input });
export const addLeave = (input: NewLeave) =>
  request<ApiResponse<'addCounsellorLeave'>>('POST', `${BASE}/desk/leave`, { body: input });
export const removeLeave = (id: number) =>
  request<ApiResponse<'removeCounsellorLeave'>>('DELETE', `${BASE}/desk/leave/${id}`);

export const getStats = (months = 6) =>
  request<ApiResponse<'getCounsellingStats'>>('GET', `${BASE}/stats`, { query: { months } }).then((r) => r.months);
export const listManaged = () =>
  request<ApiResponse<'listManagedCounsellors'>>('GET', `${BASE}/manage/counsellors`).then((r) => r.items);
export const createCounsellor = (input: NewCounsellor) =>
  request<ManagedCounsellor>('POST', `${BASE}/manage/counsellors`, { body: input });
export const updateCounsellor = (id: number, input: CounsellorChanges) =>
  request<ApiResponse<'updateCounsellor'>>('PATCH', `${BASE}/manage/counsellors/${id}`, { body: input });
export const saveSettings = (input: Settings) =>
  request<ApiResponse<'updateCounsellingSettings'>>('PUT', `${BASE}/manage/settings`, { body: input });
