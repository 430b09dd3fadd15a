import type { ApiResponse } from '@/services/api-types';
import { request } from '@/services/http';
import type {
  CaseQuery,
  CategoryChanges,
  HelpCase,
  HelpCounts,
  HelpRequest,
  HelpSettings,
  NewClosedDays,
  NewHelpRequest,
  Rating,
  TransitionInput,
  TransitionResult,
  VisitScope,
} from './types';

const BASE = '/api/help';
/** A page is read by keyset: `next` is handed back as `after` for the following page, null at the end. */
const PAGE = 20;

// Member
export const listCategories = (all = false) =>
  request<ApiResponse<'listHelpCategories'>>('GET', `${BASE}/categories`, { query: all ? { all } : {} }).then(
    (r) => r.items,
  );
export const createHelpRequest = (input: NewHelpRequest) =>
  request<ApiResponse<'createHelpRequest'>>('POST', `${BASE}/requests`, { body: input });
export const listMyHelpRequests = (after?: string) =>
  request<ApiResponse<'listMyHelpRequests'>>('GET', `${BASE}/requests/mine`, {
    query: { limit: PAGE, ...(after ? { after } : {}) },
  });
export const getHelpRequest = (id: number) => request<HelpRequest>('GET', `${BASE}/requests/${id}`);
export const transitionHelpRequest = (id: number, input: TransitionInput) =>
  request<TransitionResult>('POST', `${BASE}/requests/${id}/transition`, { body: input });
export const rateHelpRequest = (id: number, rating: Rating, comment: string) =>
  request<ApiResponse<'rateHelpRequest'>>('POST', `${BASE}/requests/${id}/rating`, {
    body: comment ? { rating, comment } : { rating },
  });
export const replyHelpRequest = (id: number, body: string) =>
  request<ApiResponse<'replyHelpRequest'>>('POST', `${BASE}/requests/${id}/replies`, { body: { body } });
/** uploadHelpAttachment is multipart: see files.ts. */
export const attachmentUploadPath = (id: number) => `${BASE}/requests/${id}/attachments`;

// Staff and the chair
export const listHelpCases = (query: CaseQuery) =>
  request<ApiResponse<'listHelpCases'>>('GET', `${BASE}/cases`, { query: { limit: PAGE, ...query } });
export const getHelpCase = (id: number) => request<HelpCase>('GET', `${BASE}/cases/${id}`);
export const getHelpSummary = () => request<HelpCounts>('GET', `${BASE}/summary`);
export const listHelpHandlers = () =>
  request<ApiResponse<'listHelpHandlers'>>('GET', `${BASE}/handlers`).then((r) => r.items);
export const addHelpNote = (id: number, body: string) =>
  request<ApiResponse<'addHelpNote'>>('POST', `${BASE}/requests/${id}/notes`, { body: { body } });
export const scheduleHelpVisit = (id: number, dueOn: string) =>
  request<ApiResponse<'scheduleHelpVisit'>>('POST', `${BASE}/requests/${id}/visits`, { body: { dueOn } });
export const listHelpVisits = (scope: VisitScope) =>
  request<ApiResponse<'listHelpVisits'>>('GET', `${BASE}/visits`, { query: { scope } }).then((r) => r.items);
export const completeHelpVisit = (id: number, outcome: string) =>
  request<ApiResponse<'completeHelpVisit'>>('POST', `${BASE}/visits/${id}/complete`, { body: { outcome } });
/** exportHelpRequests answers an XLSX file: a path for downloadFile. */
export const exportPath = (from: string, to: string) => `${BASE}/export?from=${from}&to=${to}`;

// Settings
export const createHelpCategory = (name: string, allowsAnonymous = false) =>
  request<ApiResponse<'createHelpCategory'>>('POST', `${BASE}/categories`, { body: { name, allowsAnonymous } });
export const updateHelpCategory = (id: number, changes: CategoryChanges) =>
  request<ApiResponse<'updateHelpCategory'>>('PATCH', `${BASE}/categories/${id}`, { body: changes });
export const listClosedDays = () =>
  request<ApiResponse<'listUnionClosedDays'>>('GET', `${BASE}/closed-days`).then((r) => r.items);
export const addClosedDays = (input: NewClosedDays) =>
  request<ApiResponse<'createUnionClosedDays'>>('POST', `${BASE}/closed-days`, { body: input });
export const deleteClosedDays = (id: number) =>
  request<ApiResponse<'deleteUnionClosedDays'>>('DELETE', `${BASE}/closed-days/${id}`);
export const getHelpSettings = () => request<HelpSettings>('GET', `${BASE}/settings`);
export const updateHelpSettings = (responseDays: number) =>
  request<ApiResponse<'updateHelpSettings'>>('PUT', `${BASE}/settings`, { body: { responseDays } });
