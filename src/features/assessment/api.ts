import type { ApiResponse } from '@/services/api-types';
import { request } from '@/services/http';
import type {
  LeadershipRating,
  NewUnion,
  OpenRoundInput,
  PeerList,
  PeerPairInput,
  ReviewInput,
  Rollup,
  SelfAssessment,
  Standard,
  StandardItem,
} from './types';

const BASE = '/api/assessment';
const school = (roundId: number, schoolId: number) => `${BASE}/rounds/${roundId}/schools/${schoolId}`;

export const getStandard = () => request<Standard>('GET', `${BASE}/standard`);
export const updateStandard = (items: StandardItem[]) =>
  request<ApiResponse<'updateAssessmentStandard'>>('PUT', `${BASE}/standard`, { body: { items } });
export const listRounds = () =>
  request<ApiResponse<'listAssessmentRounds'>>('GET', `${BASE}/rounds`).then((r) => r.items);
export const openRound = (input: OpenRoundInput) =>
  request<ApiResponse<'openAssessmentRound'>>('POST', `${BASE}/rounds`, { body: input });
export const getSelfAssessment = (roundId: number, schoolId: number) =>
  request<SelfAssessment>('GET', school(roundId, schoolId));
export const saveItem = (roundId: number, schoolId: number, key: string, selfScore: number, evidence: string) =>
  request<ApiResponse<'saveSelfAssessmentItem'>>('PUT', `${school(roundId, schoolId)}/items/${key}`, {
    body: { selfScore, evidence },
  });
export const saveLeadership = (roundId: number, schoolId: number, rating: LeadershipRating, note: string) =>
  request<ApiResponse<'saveLeadershipRating'>>('PUT', `${school(roundId, schoolId)}/leadership`, {
    body: { rating, note },
  });
export const submitSelfAssessment = (roundId: number, schoolId: number) =>
  request<ApiResponse<'submitSelfAssessment'>>('POST', `${school(roundId, schoolId)}/submit`);
export const reviewSelfAssessment = (roundId: number, schoolId: number, input: ReviewInput) =>
  request<ApiResponse<'reviewSelfAssessment'>>('POST', `${school(roundId, schoolId)}/review`, { body: input });
export const getRollup = (roundId: number) => request<Rollup>('GET', `${BASE}/rounds/${roundId}/rollup`);
export const rollupFilePath = (roundId: number) => `${BASE}/rounds/${roundId}/rollup.xlsx`;

/** Evidence files: uploadAssessmentEvidence is multipart (see files.ts); the file itself answers bytes. */
export const evidencePath = (roundId: number, schoolId: number, key: string) =>
  `${school(roundId, schoolId)}/items/${key}/files`;
export const deleteEvidence = (roundId: number, schoolId: number, key: string, fileId: number) =>
  request<ApiResponse<'deleteAssessmentEvidence'>>('DELETE', `${evidencePath(roundId, schoolId, key)}/${fileId}`);

export const listPeers = (roundId: number) => request<PeerList>('GET', `${BASE}/rounds/${roundId}/peers`);
export const assignPeers = (roundId: number, pairs: PeerPairInput[]) =>
  request<ApiResponse<'assignPeerReviews'>>('PUT', `${BASE}/rounds/${roundId}/peers`, { body: { pairs } });
export const savePeerReview = (roundId: number, schoolId: number, comment: string) =>
  request<ApiResponse<'savePeerReview'>>('PUT', `${school(roundId, schoolId)}/peer-review`, { body: { comment } });

/** 工会组织: the upper union's tree (any depth) and a new union below it. */
export const listUnions = () => request<ApiResponse<'listUnions'>>('GET', '/api/unions').then((r) => r.items);
export const createUnion = (input: NewUnion) =>
  request<ApiResponse<'createUnion'>>('POST', '/api/unions', { body: input });
