import { request } from '../../services/http';
import type { LeadershipRating, OpenRoundInput, ReviewInput, Rollup, Round, SelfAssessment } from './types';

const BASE = '/api/assessment';
const school = (roundId: number, schoolId: number) => `${BASE}/rounds/${roundId}/schools/${schoolId}`;

export const listRounds = () => request<{ items: Round[] }>('GET', `${BASE}/rounds`).then((r) => r.items);
export const openRound = (input: OpenRoundInput) => request<Round>('POST', `${BASE}/rounds`, { body: input });
export const getSelfAssessment = (roundId: number, schoolId: number) =>
  request<SelfAssessment>('GET', school(roundId, schoolId));
export const saveItem = (roundId: number, schoolId: number, key: string, selfScore: number, evidence: string) =>
  request<SelfAssessment>('PUT', `${school(roundId, schoolId)}/items/${key}`, { body: { selfScore, evidence } });
export const saveLeadership = (roundId: number, schoolId: number, rating: LeadershipRating, note: string) =>
  request<SelfAssessment>('PUT', `${school(roundId, schoolId)}/leadership`, { body: { rating, note } });
export const submitSelfAssessment = (roundId: number, schoolId: number) =>
  request<SelfAssessment>('POST', `${school(roundId, schoolId)}/submit`);
export const reviewSelfAssessment = (roundId: number, schoolId: number, input: ReviewInput) =>
  request<SelfAssessment>('POST', `${school(roundId, schoolId)}/review`, { body: input });
export const getRollup = (roundId: number) => request<Rollup>('GET', `${BASE}/rounds/${roundId}/rollup`);
export const rollupFilePath = (roundId: number) => `${BASE}/rounds/${roundId}/rollup.xlsx`;
