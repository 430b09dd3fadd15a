import type { ApiQuery, ApiRequestBody, ApiResponse, ItemOf } from '@/services/api-types';

// Generated from the server's schemas (npm run api:types); only what the UI adds is written here.
export type AdminOverview = ApiResponse<'getAdminOverview'>;

export type WaitingItem = ItemOf<AdminOverview['waiting']>;

export type AdminRole = ItemOf<AdminOverview['roles']>;

export type RosterPage = ApiResponse<'listMembers'>;

/** `after`: the next page, members after this one (the page's `next`). */
export type RosterQuery = Omit<ApiQuery<'listMembers'>, 'limit'>;

export type RosterMember = ApiResponse<'getMember'>;

export type MemberStatus = RosterMember['status'];

/** What the member edit page saves in one go. */
export type MemberChanges = ApiRequestBody<'updateMember'>;

export type ImportReport = ApiResponse<'importMembers'>;

/** A roster file picked on the phone (from a WeChat chat) or in the browser. */
export interface RosterFile {
  path: string;
  name: string;
  size: number;
}

export type BranchList = ApiResponse<'listBranches'>;

export type Branch = ApiResponse<'createBranch'>;

export type AuditPage = ApiResponse<'listAuditLog'>;

export type AuditEntry = ItemOf<AuditPage['items']>;

/** `before`: the next page, entries older than this id (the last one shown). */
export type AuditQuery = Omit<ApiQuery<'listAuditLog'>, 'limit'>;

export type AnnualContents = ApiResponse<'getAnnualReportContents'>;

export type AnnualFigure = ItemOf<AnnualContents['figures']>;
