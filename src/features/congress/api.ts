import { request } from '@/services/http';
import type {
  CongressSession,
  CongressSettings,
  Delegate,
  Department,
  NewSession,
  Disclosure,
  DisclosureSummary,
  Motion,
  MotionDraft,
  MotionSummary,
  NewDisclosure,
  Objection,
  Rating,
  Review,
  Suggestion,
} from './types';

const BASE = '/api/congress';
const motion = (id: number, action = '') => `${BASE}/motions/${id}${action ? `/${action}` : ''}`;

// 教代会提案
export const listSessions = () => request<{ items: CongressSession[]; manage: boolean }>('GET', `${BASE}/sessions`);
export const listMotions = (sessionId: number, filter: { status?: string; overdue?: boolean } = {}) =>
  request<{ session: CongressSession; items: MotionSummary[] }>('GET', `${BASE}/motions`, {
    query: { sessionId, ...filter },
  });
export const getMotion = (id: number) => request<Motion>('GET', motion(id));
export const createMotion = (sessionId: number, clientKey: string, draft: MotionDraft) =>
  request<Motion>('POST', `${BASE}/motions`, { body: { sessionId, clientKey, ...draft } });
export const updateMotion = (id: number, draft: MotionDraft) => request<Motion>('PUT', motion(id), { body: draft });
export const secondMotion = (id: number) => request<Motion>('POST', motion(id, 'second'));
export const submitMotion = (id: number) => request<Motion>('POST', motion(id, 'submit'));
export const reviewMotion = (id: number, review: Review) =>
  request<Motion>('POST', motion(id, 'review'), { body: review });
export const replyToMotion = (id: number, body: string) =>
  request<Motion>('POST', motion(id, 'reply'), { body: { body } });
export const rateMotionReply = (id: number, rating: Rating, comment?: string) =>
  request<Motion>('POST', motion(id, 'rating'), { body: comment ? { rating, comment } : { rating } });
export const getSettings = () => request<CongressSettings>('GET', `${BASE}/settings`);
export const updateSettings = (settings: CongressSettings) =>
  request<CongressSettings>('PUT', `${BASE}/settings`, { body: settings });
export const createSession = (input: NewSession) =>
  request<CongressSession>('POST', `${BASE}/sessions`, { body: input });
export const listDelegates = (term: string) =>
  request<{ term: string; items: Delegate[] }>('GET', `${BASE}/delegates`, { query: { term } });
export const setDelegate = (term: string, staffNo: string, role: 'delegate' | 'committee' | 'none') =>
  request<{ term: string; items: Delegate[] }>('PUT', `${BASE}/delegates`, { body: { term, staffNo, role } });
export const createDepartment = (name: string) =>
  request<Department>('POST', `${BASE}/departments`, { body: { name } });
export const setDepartmentActive = (id: number, active: boolean) =>
  request<Department>('PATCH', `${BASE}/departments/${id}`, { body: { active } });
export const listDepartments = () =>
  request<{ items: Department[] }>('GET', `${BASE}/departments`).then((r) => r.items);
export const publishSession = (id: number) => request<CongressSession>('POST', `${BASE}/sessions/${id}/publish`);
export const listSuggestions = (sessionId: number) =>
  request<{ items: Suggestion[] }>('GET', `${BASE}/sessions/${sessionId}/suggestions`).then((r) => r.items);
export const createSuggestion = (sessionId: number, clientKey: string, title: string, body: string) =>
  request<Suggestion>('POST', `${BASE}/suggestions`, { body: { sessionId, clientKey, title, body } });
export const adoptSuggestion = (id: number, clientKey: string, category: string) =>
  request<Motion>('POST', `${BASE}/suggestions/${id}/adopt`, { body: { clientKey, category } });
/** exportMotions answers an XLSX file: a path for downloadFile, not for request(). */
export const motionsExportPath = (sessionId: number) => `${BASE}/sessions/${sessionId}/export`;

// 校务公开
export const listDisclosures = () =>
  request<{ items: DisclosureSummary[]; manage: boolean }>('GET', '/api/disclosures');
export const getDisclosure = (id: number) => request<Disclosure>('GET', `/api/disclosures/${id}`);
export const publishDisclosure = (clientKey: string, item: NewDisclosure) =>
  request<Disclosure>('POST', '/api/disclosures', { body: { clientKey, ...item } });
export const objectToDisclosure = (id: number, clientKey: string, body: string) =>
  request<Disclosure>('POST', `/api/disclosures/${id}/objections`, { body: { clientKey, body } });
export const answerObjection = (id: number, answer: string) =>
  request<Objection>('POST', `/api/disclosures/objections/${id}/answer`, { body: { answer } });
/** Already removed answers the same (204): a double tap is harmless. */
export const deleteDisclosureAttachment = (id: number) => request<void>('DELETE', `/api/disclosures/attachments/${id}`);
