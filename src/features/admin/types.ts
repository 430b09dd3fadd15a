export type AdminRole = 'staff' | 'chair' | 'counsellor' | 'supervisor';

export interface WaitingItem {
  key: string;
  label: string;
  count: number;
  path: string;
}

export interface AdminOverview {
  unionName: string;
  unionKind: string;
  roles: AdminRole[];
  canManage: boolean;
  canReadAudit: boolean;
  activeMembers: number;
  waiting: WaitingItem[];
}

export interface RosterMember {
  id: number;
  name: string;
  staffNo: string;
  phone: string;
  branchId: number | null;
  branchName: string | null;
  status: 'active' | 'left';
  bound: boolean;
  erased: boolean;
  roles: AdminRole[];
}

export type MemberStatus = 'active' | 'left';

/** What the member edit page saves in one go. */
export interface MemberChanges {
  name?: string;
  staffNo?: string;
  phone?: string;
  branchId?: number | null;
  status?: MemberStatus;
  roles?: AdminRole[];
}

export interface RosterPage {
  items: RosterMember[];
  total: number;
  /** Handed back as `after` for the page that follows; null at the end. */
  next: string | null;
}

export interface ImportReport {
  dryRun: boolean;
  fileName: string;
  total: number;
  created: number;
  updated: number;
  deactivated: number;
  unchanged: number;
  problems: { row: number; staffNo: string; reason: string }[];
}

/** A roster file picked on the phone (from a WeChat chat) or in the browser. */
export interface RosterFile {
  path: string;
  name: string;
  size: number;
}

export interface Branch {
  id: number;
  name: string;
  memberCount: number;
}

export interface BranchList {
  unionName: string;
  items: Branch[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actorName: string | null;
  action: string;
  actionLabel: string;
  targetLabel: string;
  summary: string;
}

export interface AuditQuery {
  kind?: string;
  from?: string;
  to?: string;
  /** The next page: entries older than this id (the last one shown). */
  before?: number;
  offset?: number;
}

export interface AuditPage {
  total: number;
  kinds: { key: string; label: string }[];
  items: AuditEntry[];
}

export interface AnnualFigure {
  section: string;
  label: string;
  kind: 'year' | 'snapshot';
  value: number | null;
}

export interface AnnualContents {
  year: number;
  unionName: string;
  sheets: { name: string; description: string }[];
  figures: AnnualFigure[];
}
