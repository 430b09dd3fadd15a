import type { ApiResponse } from '@/services/api-types';
import { request } from '@/services/http';
import type { CareKind, NewCareRecord } from './types';

const BASE = '/api/care';

/** Every kind of the union, stopped ones too: what the 慰问类别 page edits. */
export const listAllKinds = () => request<ApiResponse<'listCareKinds'>>('GET', `${BASE}/kinds`).then((r) => r.items);
export const updateKinds = (items: CareKind[]) =>
  request<ApiResponse<'updateCareKinds'>>('PUT', `${BASE}/kinds`, { body: { items } }).then((r) => r.items);
export const listKinds = () =>
  request<ApiResponse<'listCareKinds'>>('GET', `${BASE}/kinds`).then((r) => r.items.filter((k) => k.active));
export const listRecords = (year: number) =>
  request<ApiResponse<'listCareRecords'>>('GET', `${BASE}/records`, { query: { year } }).then((r) => r.items);
export const recordCare = (input: NewCareRecord) =>
  request<ApiResponse<'recordCare'>>('POST', `${BASE}/records`, { body: input });
export const getSummary = (year: number) =>
  request<ApiResponse<'getCareSummary'>>('GET', `${BASE}/summary`, { query: { year } });
export const listHardship = () =>
  request<ApiResponse<'listHardshipMembers'>>('GET', `${BASE}/hardship`).then((r) => r.items);
export const flagHardship = (memberId: number, cause: string, reviewOn: string) =>
  request<ApiResponse<'flagHardshipMember'>>('PUT', `${BASE}/hardship/${memberId}`, {
    body: { cause, reviewOn },
  }).then((r) => r.items);
export const unflagHardship = (memberId: number) =>
  request<ApiResponse<'unflagHardshipMember'>>('DELETE', `${BASE}/hardship/${memberId}`);
export const listSuggestions = () =>
  request<ApiResponse<'listCareSuggestions'>>('GET', `${BASE}/suggestions`).then((r) => r.items);
/** The roster search staff already use (名册), for picking the member who was visited. */
export const searchMembers = (q: string) =>
  request<ApiResponse<'listMembers'>>('GET', '/api/admin/members', { query: { q, status: 'active', limit: 10 } }).then(
    (r) => r.items,
  );
