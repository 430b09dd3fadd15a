import type { ApiResponse } from '@/services/api-types';
import { request } from '@/services/http';
import type {
  Appointment,
  Desk,
  FollowUps,
  NewAppointment,
  NewSessions,
  Outcome,
  Rating,
  SessionDetail,
  Summary,
  TodayReceptions,
  WeekReceptions,
} from './types';

const BASE = '/api/reception';
const appointment = (id: number, action = '') => `${BASE}/appointments/${id}${action ? `/${action}` : ''}`;

// Member
export const listSessions = () =>
  request<ApiResponse<'listReceptionSessions'>>('GET', `${BASE}/sessions`).then((r) => r.items);
export const getSession = (id: number) => request<SessionDetail>('GET', `${BASE}/sessions/${id}`);
export const bookSlot = (input: NewAppointment) =>
  request<ApiResponse<'bookReceptionSlot'>>('POST', `${BASE}/appointments`, { body: input });
export const listMine = () =>
  request<ApiResponse<'listMyReceptionAppointments'>>('GET', `${BASE}/appointments/mine`).then((r) => r.items);
export const getAppointment = (id: number) => request<Appointment>('GET', appointment(id));
export const cancelAppointment = (id: number, reason?: string) =>
  request<ApiResponse<'cancelReceptionAppointment'>>('POST', appointment(id, 'cancel'), {
    body: reason ? { reason } : {},
  });
export const rateReply = (id: number, rating: Rating, comment?: string) =>
  request<ApiResponse<'rateReceptionReply'>>('POST', appointment(id, 'rating'), {
    body: comment ? { rating, comment } : { rating },
  });

// Chair, staff and receivers
export const getDesk = () => request<Desk>('GET', `${BASE}/desk`);
export const listToday = () => request<TodayReceptions>('GET', `${BASE}/today`);
export const listWeek = (date?: string) =>
  request<WeekReceptions>('GET', `${BASE}/week`, { query: date ? { date } : {} });
export const listFollowUps = () => request<FollowUps>('GET', `${BASE}/follow-ups`);
export const markAttendance = (id: number, attended: boolean) =>
  request<ApiResponse<'markReceptionAttendance'>>('POST', appointment(id, 'attendance'), { body: { attended } });
export const recordOutcome = (id: number, outcome: Outcome) =>
  request<ApiResponse<'recordReceptionOutcome'>>('PUT', appointment(id, 'outcome'), { body: outcome });
export const assign = (id: number, assignee: string, dueOn: string) =>
  request<ApiResponse<'assignReceptionAppointment'>>('POST', appointment(id, 'assignment'), {
    body: { assignee, dueOn },
  });
export const sendReply = (id: number, reply: string) =>
  request<ApiResponse<'replyReceptionAppointment'>>('POST', appointment(id, 'reply'), { body: { reply } });

/** The union's help categories, for 转困难帮扶 (the help feature's endpoint; it creates the defaults). */
export const listHelpCategories = () =>
  request<ApiResponse<'listHelpCategories'>>('GET', '/api/help/categories').then((r) => r.items);

// Chair and staff
export const listReceivers = () =>
  request<ApiResponse<'listReceptionReceivers'>>('GET', `${BASE}/receivers`).then((r) => r.items);
export const publishSessions = (input: NewSessions) =>
  request<ApiResponse<'publishReceptionSessions'>>('POST', `${BASE}/sessions`, { body: input });
export const cancelSession = (id: number, reason: string) =>
  request<ApiResponse<'cancelReceptionSession'>>('POST', `${BASE}/sessions/${id}/cancel`, { body: { reason } });
export const getSummary = (month: string) => request<Summary>('GET', `${BASE}/summary`, { query: { month } });
/** exportReceptionSummary answers an XLSX file: a path for downloadFile, not for request(). */
export const summaryExportPath = (month: string) => `${BASE}/summary/export?month=${month}`;
