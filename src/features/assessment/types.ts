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
  files: { id: number; fileName: string }[];
  reviewScore: number | null;
  reviewComment: string;
}

export interface SelfAssessment {
  round: Round;
  union: { id: number; name: string };
  status: AssessmentStatus;
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
