import type { ApiRequestBody, ApiResponse, ItemOf } from '@/services/api-types';

// Generated from the server's schemas (npm run api:types); only what the UI adds is written here.

export type Round = ItemOf<ApiResponse<'listAssessmentRounds'>['items']>;
export type RoundPhase = Round['phase'];
export type OpenRoundInput = ApiRequestBody<'openAssessmentRound'>;

/** viewer: school 本校干事, reviewer 开启评家的上级工会, overseer 更上级（只看）, peer 互查学校. */
export type SelfAssessment = ApiResponse<'getSelfAssessment'>;
export type AssessmentStatus = SelfAssessment['status'];
export type LeadershipRating = ApiRequestBody<'saveLeadershipRating'>['rating'];
export type SelfItem = ItemOf<SelfAssessment['items']>;
export type Figure = ItemOf<SelfItem['figures']>;
export type EvidenceFile = ItemOf<SelfItem['files']>;
export type ReviewInput = ApiRequestBody<'reviewSelfAssessment'>;

export type Rollup = ApiResponse<'getAssessmentRollup'>;
export type RollupRow = ItemOf<Rollup['schools']>;

export type Standard = ApiResponse<'getAssessmentStandard'>;
export type StandardItem = ItemOf<Standard['items']>;
export type FigureKey = NonNullable<StandardItem['figure']>;

export type PeerList = ApiResponse<'listPeerReviews'>;
export type PeerPair = ItemOf<PeerList['pairs']>;
export type PeerPairInput = ItemOf<ApiRequestBody<'assignPeerReviews'>['pairs']>;

export type UnionNode = ItemOf<ApiResponse<'listUnions'>['items']>;
export type UnionKind = UnionNode['kind'];
export type NewUnion = ApiRequestBody<'createUnion'>;

/** A file picked on the phone, not uploaded yet. */
export interface LocalFile {
  path: string;
  size: number;
  kind: 'image' | 'pdf';
  name?: string;
}
