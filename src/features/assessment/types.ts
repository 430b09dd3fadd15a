// The 建家评家 API's shapes (server/src/routes/assessment/schemas.ts).
export type RoundPhase = 'upcoming' | 'open' | 'closed';
export type AssessmentStatus = 'draft' | 'submitted' | 'returned' | 'accepted';
export type LeadershipRating = 'excellent' | 'good' | 'fair' | 'poor';

export interface Round {
  id: number;
  unionId: number;
  unionName: string;
  year: number;
  title: string;
  opensOn: string;
  closesOn: string;
  phase: RoundPhase;
  results: string[];
  totalPoints: number;
  canReview: boolean;
}

export interface Figure {
  label: string;
  value: number | null;
  unit: string;
}

export interface SelfItem {
  key: string;
  area: string;
  title: string;
  points: number;
  evidenceHint: string;
  figureKey: string | null;
  figures: Figure[];
  selfScore: number | null;
  evidence: string;
  files: EvidenceFile[];
  reviewScore: number | null;
  reviewComment: string;
}

export interface SelfAssessment {
  round: Round;
  union: { id: number; name: string };
  status: AssessmentStatus;
  /** school 本校干事, reviewer 开启评家的上级工会, overseer 更上级（只看）, peer 互查学校. */
  viewer: 'school' | 'reviewer' | 'overseer' | 'peer';
  editable: boolean;
  reviewable: boolean;
  items: SelfItem[];
  selfTotal: number;
  reviewTotal: number | null;
  leadership: { rating: LeadershipRating | null; note: string };
  submittedAt: string | null;
  reviewComment: string;
  result: string | null;
  peerReviews: { reviewerUnionId: number; reviewerName: string; comment: string }[];
}

export interface RollupRow {
  unionId: number;
  unionName: string;
  parentName: string;
  status: AssessmentStatus | 'not_started';
  selfTotal: number | null;
  reviewTotal: number | null;
  satisfactionRate: number | null;
  leadershipRating: LeadershipRating | null;
  result: string | null;
}

export interface Rollup {
  round: Round;
  viewerName: string;
  schools: RollupRow[];
  totals: { schools: number; submitted: number; accepted: number; byResult: { result: string; count: number }[] };
}

export interface OpenRoundInput {
  year: number;
  title: string;
  opensOn: string;
  closesOn: string;
}

export interface ReviewInput {
  decision: 'accept' | 'return';
  result?: string;
  comment: string;
  items: { key: string; score: number; comment: string }[];
}

export interface EvidenceFile {
  id: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** A file picked on the phone, not uploaded yet. */
export interface LocalFile {
  path: string;
  size: number;
  kind: 'image' | 'pdf';
  name?: string;
}

export type FigureKey = 'survey' | 'booking' | 'reception' | 'help' | 'clubs' | 'care' | 'motions';

export interface StandardItem {
  key: string;
  area: string;
  title: string;
  points: number;
  evidence: string;
  figure: FigureKey | null;
}

export interface Standard {
  unionName: string;
  source: 'own' | 'inherited' | 'builtin';
  items: StandardItem[];
  totalPoints: number;
}

export interface PeerPair {
  schoolId: number;
  schoolName: string;
  reviewerSchoolId: number;
  reviewerName: string;
  comment: string;
  commentedAt: string | null;
}
export interface PeerList {
  canAssign: boolean;
  pairs: PeerPair[];
}
export interface PeerPairInput {
  schoolId: number;
  reviewerSchoolId: number;
}

export type UnionKind = 'city' | 'district' | 'school' | 'branch';
export interface UnionNode {
  id: number;
  parentId: number | null;
  kind: UnionKind;
  name: string;
  depth: number;
  memberCount: number;
}
export interface NewUnion {
  parentId: number;
  kind: 'city' | 'district' | 'school';
  name: string;
}
