import type { ApiRequestBody, ApiResponse, ItemOf } from '@/services/api-types';

// Generated from the server's schemas (npm run api:types); only what the UI adds is written here.

export type SurveyDetail = ApiResponse<'getSurvey'>;
export type SurveyPhase = SurveyDetail['phase'];
export type Question = ItemOf<SurveyDetail['questions']>;
export type QuestionKind = Question['kind'];
/** A question as the editor holds it: the template's shape, every field filled in. */
export type QuestionDraft = ItemOf<SurveyTemplate['questions']>;

export type SurveyCard = ItemOf<ApiResponse<'listOpenSurveys'>['items']>;
export type StaffSurveyItem = ItemOf<ApiResponse<'listSurveys'>['items']>;
export type SurveyTemplate = ApiResponse<'getSurveyTemplate'>;
export type BranchOptions = ApiResponse<'listSurveyBranches'>;

/** The form keeps every field the server accepts filled in (empty branchIds: the whole union). */
export type SurveyInput = Required<Omit<ApiRequestBody<'createSurvey'>, 'questions'>> & { questions: QuestionDraft[] };

export type AnswerInput = ItemOf<ApiRequestBody<'submitSurveyResponse'>['answers']>;
export type Receipt = ApiResponse<'submitSurveyResponse'>;
export type VerifiedReceipt = ApiResponse<'verifySurveyReceipt'>;

export type SurveyResults = ApiResponse<'getSurveyResults'>;
export type QuestionResult = ItemOf<SurveyResults['questions']>;
export type BranchResult = ItemOf<NonNullable<SurveyResults['branches']>>;

export type SurveyRollup = ApiResponse<'getSurveyRollup'>;
export type SchoolRollup = ItemOf<SurveyRollup['schools']>;

/** What a member has chosen so far: an option index, indexes, a score 1–5 or text, by question id. */
export type AnswerValue = number | number[] | string;
export type AnswerMap = Record<string, AnswerValue>;
