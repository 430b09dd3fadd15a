export type HelpStatus =
  'submitted' | 'accepted' | 'in_progress' | 'waiting_member' | 'resolved' | 'closed' | 'rejected' | 'withdrawn';
export type Urgency = 'normal' | 'urgent' | 'critical';
export type ContactPreference = 'phone' | 'wechat' | 'in_person' | 'message';
export type Rating = 'satisfied' | 'basically_satisfied' | 'dissatisfied';
export type HelpAction =
  | 'accept'
  | 'assign'
  | 'start'
  | 'request_info'
  | 'supplement'
  | 'resume'
  | 'resolve'
  | 'reject'
  | 'withdraw'
  | 'reopen'
  | 'rate';

export interface HelpCategory {
  id: number;
  name: string;
  allowsAnonymous: boolean;
  active: boolean;
}

export interface HelpSummary {
  id: number;
  title: string;
  categoryName: string;
  status: HelpStatus;
  urgency: Urgency;
  anonymous: boolean;
  /** 'YYYY-MM-DD', Beijing: the union answers by the end of this day. */
  responseDueOn: string;
  overdue: boolean;
  handlerName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface HelpCaseSummary extends HelpSummary {
  /** null when sent anonymously. */
  memberName: string | null;
  branchName: string | null;
}

export interface HelpEvent {
  id: number;
  kind: string;
  body: string;
  actorRole: 'member' | 'handler' | 'system';
  actorName: string | null;
  statusAfter: HelpStatus | null;
  createdAt: string;
  /** Handlers' view only: a note the member never sees. */
  internal?: boolean;
}

export interface HelpAttachment {
  id: number;
  fileName: string;
  contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
  sizeBytes: number;
  /** A temporary link (about half an hour) that needs no header. */
  url: string;
  createdAt: string;
}

export interface Visit {
  id: number;
  dueOn: string;
  status: 'planned' | 'done' | 'cancelled';
  outcome?: string | null;
  doneAt?: string | null;
  overdue?: boolean;
}

interface DetailFields extends HelpSummary {
  categoryId: number;
  description: string;
  contactPreference: ContactPreference;
  outcome: string | null;
  rejectReason: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  rating: Rating | null;
  ratingComment: string;
  reopenUntil: string | null;
  attachments: HelpAttachment[];
  actions: HelpAction[];
  canReply: boolean;
  canUpload: boolean;
  events: HelpEvent[];
  visits: Visit[];
}

export type HelpRequest = DetailFields;

export interface HelpCase extends DetailFields {
  handlerId: number | null;
  source: 'member' | 'reception';
  member: { name: string; staffNo: string; phone: string; branchName: string | null } | null;
}

export interface NewHelpRequest {
  categoryId: number;
  title: string;
  description: string;
  urgency: Urgency;
  contactPreference: ContactPreference;
  anonymous?: boolean;
}

export interface TransitionInput {
  action: Exclude<HelpAction, 'rate'>;
  message?: string;
  handlerId?: number;
  outcome?: string;
  reason?: string;
  followUpDays?: number[];
}

export interface TransitionResult {
  id: number;
  status: HelpStatus;
  responseDueOn: string;
  handlerName: string | null;
}

export interface HelpCounts {
  open: number;
  submitted: number;
  overdue: number;
  waitingMember: number;
  visitsDue: number;
  visitsOverdue: number;
}

export interface CaseQuery {
  status?: HelpStatus | 'open';
  categoryId?: number;
  overdue?: boolean;
  mine?: boolean;
  limit?: number;
  /** The `next` of the page before. */
  after?: string;
}

export interface Handler {
  id: number;
  name: string;
  role: 'staff' | 'chair';
}

export interface VisitItem extends Visit {
  requestId: number;
  requestTitle: string;
  handlerName: string | null;
  memberName: string | null;
}

export interface ClosedDays {
  id: number;
  startsOn: string;
  endsOn: string;
  reason: string;
}

/** A file picked on the phone, not uploaded yet. */
export interface LocalFile {
  path: string;
  size: number;
  kind: 'image' | 'pdf';
  name?: string;
}
