import { request } from '@/services/http';
import type {
  CareKind,
  CareRecord,
  CareSuggestion,
  CareSummary,
  HardshipMember,
  MemberOption,
  NewCareRecord,
} from './types';

const BASE = '/api/care';

/** Every kind of the union, stopped ones too: what the 慰问类别 page edits. */
export const listAllKinds = () => request<{ items: CareKind[] }>('GET', `${BASE}/kinds`).then((r) => r.items);
export const updateKinds = (items: CareKind[]) =>
  request<{ items: CareKind[] }>('PUT', `${BASE}/kinds`, { body: { items } }).then((r) => r.items);
export const listKinds = () =>
  request<{ items: CareKind[] }>('GET', `${BASE}/kinds`).then((r) => r.items.filter((k) => k.active));
export const listRecords = (year: number) =>
  request<{ items: CareRecord[] }>('GET', `${BASE}/records`, { query: { year } }).then((r) => r.items);
export const recordCare = (input: NewCareRecord) => request<CareRecord>('POST', `${BASE}/records`, { body: input });
export const getSummary = (year: number) => request<CareSummary>('GET', `${BASE}/summary`, { query: { year } });
export const listHardship = () => request<{ items: HardshipMember[] }>('GET', `${BASE}/hardship`).then((r) => r.items);
export const flagHardship = (memberId: number, cause: string, reviewOn: string) =>
  request<{ items: HardshipMember[] }>('PUT', `${BASE}/hardship/${memberId}`, { body: { cause, reviewOn } }).then(
    (r) => r.items,
  );
export const unflagHardship = (memberId: number) => request<null>('DELETE', `${BASE}/hardship/${memberId}`);
export const listSuggestions = () =>
  request<{ items: CareSuggestion[] }>('GET', `${BASE}/suggestions`).then((r) => r.items);
/** The roster search staff already use (名册), for picking the member who was visited. */
export const searchMembers = (q: string) =>
  request<{ items: MemberOption[] }>('GET', '/api/admin/members', { query: { q, status: 'active', limit: 10 } }).then(
    (r) => r.items,
  );
