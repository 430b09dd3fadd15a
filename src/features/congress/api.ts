import type { ApiResponse } from '@/services/api-types';
import { request } from '@/services/http';
import type {
  CongressSettings,
  DelegateRole,
  Disclosure,
  Motion,
  MotionCategory,
  MotionDraft,
  MotionFilter,
  MotionList,
  NewDisclosure,
  NewSession,
  Rating,
  Review,
} from './types';

const BASE = '/api/congress';
const motion = (id: number, action = '') => `${BASE}/motions/${id}${action ? `/${action}` : ''}`;

// 教代会提案
export const listSessions = () => request<ApiResponse<'listCongressSessions'>>('GET', `${BASE}/sessions`);
export const listMotions = (sessionId: number, filter: MotionFilter = {}) =>
  request<MotionList>('GET', `${BASE}/motions`, { query: { sessionId, ...filter } });
export const getMotion = (id: number) => request<Motion>('GET', motion(id));
export const createMotion = (sessionId: number, clientKey: string, draft: MotionDraft) =>
  request<ApiResponse<'createMotion'>>('POST', `${BASE}/motions`, { body: { sessionId, clientKey, ...draft } });
export const updateMotion = (id: number, draft: MotionDraft) =>
  request<ApiResponse<'updateMotion'>>('PUT', motion(id), { body: draft });
export const secondMotion = (id: number) => request<ApiResponse<'secondMotion'>>('POST', motion(id, 'second'));
export const submitMotion = (id: number) => request<ApiResponse<'submitMotion'>>('POST', motion(id, 'submit'));
export const reviewMotion = (id: number, review: Review) =>
  request<ApiResponse<'reviewMotion'>>('POST', motion(id, 'review'), { body: review });
export const replyToMotion = (id: number, body: string) =>
  request<ApiResponse<'replyToMotion'>>('POST', motion(id, 'reply'), { body: { body } });
export const rateMotionReply = (id: number, rating: Rating, comment?: string) =>
  request<ApiResponse<'rateMotionReply'>>('POST', motion(id, 'rating'), {
    body: comment ? { rating, comment } : { rating },
  });
export const getSettings = () => request<CongressSettings>('GET', `${BASE}/settings`);
export const updateSettings = (settings: CongressSettings) =>
  request<ApiResponse<'updateCongressSettings'>>('PUT', `${BASE}/settings`, { body: settings });
export const createSession = (input: NewSession) =>
  request<ApiResponse<'createCongressSession'>>('POST', `${BASE}/sessions`, { body: input });
export const listDelegates = (term: string) =>
  request<ApiResponse<'listCongressDelegates'>>('GET', `${BASE}/delegates`, { query: { term } });
export const setDelegate = (term: string, staffNo: string, role: DelegateRole) =>
  request<ApiResponse<'setCongressDelegate'>>('PUT', `${BASE}/delegates`, { body: { term, staffNo, role } });
export const createDepartment = (name: string) =>
  request<ApiResponse<'createCongressDepartment'>>('POST', `${BASE}/departments`, { body: { name } });
export const setDepartmentActive = (id: number, active: boolean) =>
  request<ApiResponse<'updateCongressDepartment'>>('PATCH', `${BASE}/departments/${id}`, { body: { active } });
export const listDepartments = () =>
  request<ApiResponse<'listCongressDepartments'>>('GET', `${BASE}/departments`).then((r) => r.items);
export const publishSession = (id: number) =>
  request<ApiResponse<'publishCongressSession'>>('POST', `${BASE}/sessions/${id}/publish`);
export const listSuggestions = (sessionId: number) =>
  request<ApiResponse<'listSuggestions'>>('GET', `${BASE}/sessions/${sessionId}/suggestions`).then((r) => r.items);
export const createSuggestion = (sessionId: number, clientKey: string, title: string, body: string) =>
  request<ApiResponse<'createSuggestion'>>('POST', `${BASE}/suggestions`, {
    body: { sessionId, clientKey, title, body },
  });
export const adoptSuggestion = (id: number, clientKey: string, category: MotionCategory) =>
  request<ApiResponse<'adoptSuggestion'>>('POST', `${BASE}/suggestions/${id}/adopt`, { body: { clientKey, category } });
/** exportMotions answers an XLSX file: a path for downloadFile, not for request(). */
export const motionsExportPath = (sessionId: number) => `${BASE}/sessions/${sessionId}/export`;

// 校务公开
/** A page of the board, newest first; `after` is the `next` of the page before. */
export const listDisclosures = (page: { after?: string; limit?: number } = {}) =>
  request<ApiResponse<'listDisclosures'>>('GET', '/api/disclosures', {
    query: { limit: page.limit ?? 20, ...(page.after ? { after: page.after } : {}) },
  });
export const getDisclosure = (id: number) => request<Disclosure>('GET', `/api/disclosures/${id}`);
export const publishDisclosure = (clientKey: string, item: NewDisclosure) =>
  request<ApiResponse<'publishDisclosure'>>('POST', '/api/disclosures', { body: { clientKey, ...item } });
export const objectToDisclosure = (id: number, clientKey: string, body: string) =>
  request<ApiResponse<'objectToDisclosure'>>('POST', `/api/disclosures/${id}/objections`, {
    body: { clientKey, body },
  });
export const answerObjection = (id: number, answer: string) =>
  request<ApiResponse<'answerDisclosureObjection'>>('POST', `/api/disclosures/objections/${id}/answer`, {
    body: { answer },
  });
/** Already removed answers the same (204): a double tap is harmless. */
export const deleteDisclosureAttachment = (id: number) =>
  request<ApiResponse<'deleteDisclosureAttachment'>>('DELETE', `/api/disclosures/attachments/${id}`);
