import { request } from '@/services/http';
import type {
  CaseQuery,
  ClosedDays,
  Handler,
  HelpCase,
  HelpCaseSummary,
  HelpCategory,
  HelpCounts,
  HelpRequest,
  HelpSummary,
  NewHelpRequest,
  Rating,
  TransitionInput,
  TransitionResult,
  VisitItem,
} from './types';

const BASE = '/api/help';
/** A page read by keyset: `next` is handed back as `after` for the following page, null at the end. */
type Page<T> = { items: T[]; next: string | null };
const PAGE = 20;

// Member
export const listCategories = (all = false) =>
  request<{ items: HelpCategory[] }>('GET', `${BASE}/categories`, { query: all ? { all } : {} }).then((r) => r.items);
export const createHelpRequest = (input: NewHelpRequest) =>
  request<HelpRequest>('POST', `${BASE}/requests`, { body: input });
export const listMyHelpRequests = (after?: string) =>
  request<Page<HelpSummary>>('GET', `${BASE}/requests/mine`, { query: { limit: PAGE, ...(after ? { after } : {}) } });
export const getHelpRequest = (id: number) => request<HelpRequest>('GET', `${BASE}/requests/${id}`);
export const transitionHelpRequest = (id: number, input: TransitionInput) =>
  request<TransitionResult>('POST', `${BASE}/requests/${id}/transition`, { body: input });
export const rateHelpRequest = (id: number, rating: Rating, comment: string) =>
  request<TransitionResult>('POST', `${BASE}/requests/${id}/rating`, {
    body: comment ? { rating, comment } : { rating },
  });
export const replyHelpRequest = (id: number, body: string) =>
  request<void>('POST', `${BASE}/requests/${id}/replies`, { body: { body } });
/** uploadHelpAttachment is multipart: see upload.ts. */
export const attachmentUploadPath = (id: number) => `${BASE}/requests/${id}/attachments`;

// Staff and the chair
export const listHelpCases = (query: CaseQuery) =>
  request<Page<HelpCaseSummary>>('GET', `${BASE}/cases`, { query: { limit: PAGE, ...query } });
export const getHelpCase = (id: number) => request<HelpCase>('GET', `${BASE}/cases/${id}`);
export const getHelpSummary = () => request<HelpCounts>('GET', `${BASE}/summary`);
export const listHelpHandlers = () => request<{ items: Handler[] }>('GET', `${BASE}/handlers`).then((r) => r.items);
export const addHelpNote = (id: number, body: string) =>
  request<void>('POST', `${BASE}/requests/${id}/notes`, { body: { body } });
export const scheduleHelpVisit = (id: number, dueOn: string) =>
  request<{ id: number }>('POST', `${BASE}/requests/${id}/visits`, { body: { dueOn } });
export const listHelpVisits = (scope: 'due' | 'planned' | 'done') =>
  request<{ items: VisitItem[] }>('GET', `${BASE}/visits`, { query: { scope } }).then((r) => r.items);
export const completeHelpVisit = (id: number, outcome: string) =>
  request<void>('POST', `${BASE}/visits/${id}/complete`, { body: { outcome } });
/** exportHelpRequests answers an XLSX file: a path for downloadFile. */
export const exportPath = (from: string, to: string) => `${BASE}/export?from=${from}&to=${to}`;

// Settings
export const createHelpCategory = (name: string, allowsAnonymous = false) =>
  request<HelpCategory>('POST', `${BASE}/categories`, { body: { name, allowsAnonymous } });
export const updateHelpCategory = (
  id: number,
  changes: Partial<Pick<HelpCategory, 'name' | 'active' | 'allowsAnonymous'>>,
) => request<HelpCategory>('PATCH', `${BASE}/categories/${id}`, { body: changes });
export const listClosedDays = () => request<{ items: ClosedDays[] }>('GET', `${BASE}/closed-days`).then((r) => r.items);
export const addClosedDays = (input: Omit<ClosedDays, 'id'>) =>
  request<{ id: number }>('POST', `${BASE}/closed-days`, { body: input });
export const deleteClosedDays = (id: number) => request<void>('DELETE', `${BASE}/closed-days/${id}`);
export const getHelpSettings = () => request<{ responseDays: number }>('GET', `${BASE}/settings`);
export const updateHelpSettings = (responseDays: number) =>
  request<{ responseDays: number }>('PUT', `${BASE}/settings`, { body: { responseDays } });
