import { request } from '@/services/http';
import type { ApiResponse } from '@/services/api-types';
import type {
  AdminOverview,
  AnnualContents,
  AuditPage,
  AuditQuery,
  Branch,
  BranchList,
  MemberChanges,
  RosterMember,
  RosterPage,
  RosterQuery,
} from './types';

const BASE = '/api/admin';

export const getOverview = () => request<AdminOverview>('GET', `${BASE}/overview`);
export const listMembers = (query: RosterQuery = {}) =>
  request<RosterPage>('GET', `${BASE}/members`, { query: { limit: 50, ...query } });
export const getMember = (id: number) => request<RosterMember>('GET', `${BASE}/members/${id}`);
export const updateMember = (id: number, changes: MemberChanges) =>
  request<RosterMember>('PATCH', `${BASE}/members/${id}`, { body: changes });
export const importPath = (dryRun: boolean) => `${BASE}/members/import?dryRun=${dryRun}`;

export const listBranches = () => request<BranchList>('GET', `${BASE}/branches`);
export const createBranch = (name: string) => request<Branch>('POST', `${BASE}/branches`, { body: { name } });
export const renameBranch = (id: number, name: string) =>
  request<Branch>('PATCH', `${BASE}/branches/${id}`, { body: { name } });
export const deleteBranch = (id: number) => request<ApiResponse<'deleteBranch'>>('DELETE', `${BASE}/branches/${id}`);

export const listAuditLog = (query: AuditQuery) =>
  request<AuditPage>('GET', `${BASE}/audit`, { query: { limit: 20, ...query } });

export const getAnnualContents = (year: number) =>
  request<AnnualContents>('GET', `${BASE}/annual-report/contents`, { query: { year } });
/** exportAnnualReport answers an XLSX file: a path for downloadFile, not for request(). */
export const annualReportPath = (year: number) => `${BASE}/annual-report?year=${year}`;
