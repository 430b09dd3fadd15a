// The 送温暖 API's shapes (server/src/routes/care/schemas.ts).
export type CareGroup = 'five_visits' | 'festival' | 'hardship' | 'education' | 'other';

export interface CareKind {
  code: string;
  label: string;
  group: CareGroup;
  active: boolean;
}

export interface CareRecord {
  id: number;
  memberId: number;
  memberName: string;
  kind: string;
  kindLabel: string;
  group: CareGroup;
  careDate: string;
  visitors: string;
  amount: number;
  gifts: string;
  note: string;
  helpCaseId: number | null;
}

export interface NewCareRecord {
  requestId: string;
  /** Left out when the record comes from a help case: the server takes the case's member. */
  memberId?: number;
  kind: string;
  careDate: string;
  visitors: string;
  amount: number;
  gifts: string;
  note: string;
  helpCaseId?: number | null;
}

interface Totals {
  count: number;
  amount: number;
}
export interface CareSummary {
  unionName: string;
  year: number;
  byGroup: (Totals & { group: CareGroup; label: string })[];
  byKind: (Totals & { kind: string; label: string })[];
  schools: (Totals & { unionId: number; unionName: string; parentName: string })[];
  totals: Totals;
}

export interface HardshipMember {
  memberId: number;
  memberName: string;
  branchName: string | null;
  cause: string;
  reviewOn: string;
  reviewDue: boolean;
  lastCareOn: string | null;
}

export interface MemberOption {
  id: number;
  name: string;
  staffNo: string;
}

export interface CareSuggestion {
  helpCaseId: number;
  memberId: number;
  memberName: string;
  category: string;
}
