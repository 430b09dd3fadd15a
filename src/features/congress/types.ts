// The 教代会 and 校务公开 API as the pages use it (mirrors server/src/routes/congress and disclosures schemas).
export type MotionCategory = 'teaching' | 'welfare' | 'campus' | 'democracy' | 'other';
export type MotionStatus = 'draft' | 'submitted' | 'accepted' | 'rejected' | 'merged' | 'replied' | 'rated';
export type Rating = 'satisfied' | 'basically_satisfied' | 'dissatisfied';
export type RejectHandling = 'suggestion' | 'answered';

export interface CongressSession {
  id: number;
  term: string;
  title: string;
  opensOn: string;
  closesOn: string;
  collecting: boolean;
  secondersRequired: number;
  replyDays: number;
  published: boolean;
  motionCount: number;
  delegate: boolean;
  committee: boolean;
  manage: boolean;
}

export interface MotionSummary {
  id: number;
  sessionId: number;
  number: number | null;
  title: string;
  category: MotionCategory;
  status: MotionStatus;
  authorName: string;
  mine: boolean;
  seconderCount: number;
  secondedByMe: boolean;
  departmentName: string | null;
  dueOn: string | null;
  overdue: boolean;
  updatedAt: string;
}

export interface MotionReply {
  round: number;
  body: string;
  repliedAt: string;
  onTime: boolean;
  rating: Rating | null;
  ratingComment: string | null;
  ratedAt: string | null;
}

export interface Motion extends MotionSummary {
  reason: string;
  proposal: string;
  seconders: string[];
  secondersRequired: number;
  submittedAt: string | null;
  reviewedAt: string | null;
  rejectReason: string | null;
  rejectHandling: RejectHandling | null;
  mergedIntoNumber: number | null;
  round: number;
  replies: MotionReply[];
  can: { edit: boolean; second: boolean; submit: boolean; review: boolean; reply: boolean; rate: boolean };
}

export interface MotionDraft {
  title: string;
  category: MotionCategory;
  reason: string;
  proposal: string;
}

export interface Review {
  decision: 'accept' | 'reject' | 'merge';
  departmentId?: number;
  dueOn?: string;
  reason?: string;
  handling?: RejectHandling;
  intoId?: number;
}

export interface Department {
  id: number;
  name: string;
  active: boolean;
}

export interface Suggestion {
  id: number;
  sessionId: number;
  title: string;
  body: string;
  authorName: string;
  mine: boolean;
  motionId: number | null;
  createdAt: string;
}

export type DisclosureCategory =
  | 'plan'
  | 'finance'
  | 'allowance'
  | 'appointment'
  | 'award'
  | 'title'
  | 'hardship'
  | 'housing'
  | 'insurance'
  | 'procurement'
  | 'construction'
  | 'other';

export interface DisclosureSummary {
  id: number;
  category: DisclosureCategory;
  title: string;
  publishedAt: string;
  objectionEndsOn: string | null;
  objectionOpen: boolean;
  attachmentCount: number;
  objectionCount: number | null;
}

export interface Objection {
  id: number;
  memberName: string | null;
  body: string;
  answer: string | null;
  answeredAt: string | null;
  createdAt: string;
}

export interface Disclosure extends DisclosureSummary {
  body: string;
  attachments: { id: number; fileName: string; contentType: string; sizeBytes: number; url: string }[];
  objections: Objection[];
}

export interface NewDisclosure {
  category: DisclosureCategory;
  title: string;
  body: string;
  objectionEndsOn?: string;
}

export interface NewSession {
  term: string;
  title: string;
  opensOn: string;
  closesOn: string;
}

/** The union's rule; the sessions still collecting follow it. */
export interface CongressSettings {
  secondersRequired: number;
}

export interface Delegate {
  memberId: number;
  name: string;
  staffNo: string;
  committee: boolean;
}
