import type { ApiQuery, ApiRequestBody, ApiResponse, ItemOf } from '@/services/api-types';

// Generated from the server's schemas (npm run api:types); only what the UI adds is written here.

// 教代会提案
export type CongressSession = ItemOf<ApiResponse<'listCongressSessions'>['items']>;
/** One session's motions, with the session as it stands now. */
export type MotionList = ApiResponse<'listMotions'>;
export type MotionSummary = ItemOf<MotionList['items']>;
export type MotionFilter = Omit<ApiQuery<'listMotions'>, 'sessionId'>;
export type Motion = ApiResponse<'getMotion'>;
export type MotionCategory = Motion['category'];
export type MotionStatus = Motion['status'];
export type MotionReply = ItemOf<Motion['replies']>;
export type Rating = ApiRequestBody<'rateMotionReply'>['rating'];
export type RejectHandling = NonNullable<Motion['rejectHandling']>;
/** What the author writes; the session and the form's clientKey are added when it is first saved. */
export type MotionDraft = ApiRequestBody<'updateMotion'>;
export type Review = ApiRequestBody<'reviewMotion'>;
export type Department = ItemOf<ApiResponse<'listCongressDepartments'>['items']>;
export type Suggestion = ItemOf<ApiResponse<'listSuggestions'>['items']>;
export type NewSession = ApiRequestBody<'createCongressSession'>;
/** The union's rule; the sessions still collecting follow it. */
export type CongressSettings = ApiResponse<'getCongressSettings'>;
export type DelegateRole = ApiRequestBody<'setCongressDelegate'>['role'];
export type Delegate = ItemOf<ApiResponse<'listCongressDelegates'>['items']>;

// 校务公开
export type DisclosureSummary = ItemOf<ApiResponse<'listDisclosures'>['items']>;
export type DisclosureCategory = DisclosureSummary['category'];
export type Disclosure = ApiResponse<'getDisclosure'>;
export type Objection = ItemOf<Disclosure['objections']>;
/** What the officer writes; the form's clientKey is added when it is sent. */
export type NewDisclosure = Omit<ApiRequestBody<'publishDisclosure'>, 'clientKey'>;
