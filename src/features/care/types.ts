import type { ApiRequestBody, ApiResponse, ItemOf } from '@/services/api-types';

// Generated from the server's schemas (npm run api:types); only what the UI adds is written here.

export type CareKind = ItemOf<ApiResponse<'listCareKinds'>['items']>;
export type CareGroup = CareKind['group'];
export type CareRecord = ItemOf<ApiResponse<'listCareRecords'>['items']>;
/** memberId is left out when the record comes from a help case: the server takes the case's member. */
export type NewCareRecord = ApiRequestBody<'recordCare'>;
export type CareSummary = ApiResponse<'getCareSummary'>;
export type HardshipMember = ItemOf<ApiResponse<'listHardshipMembers'>['items']>;
export type CareSuggestion = ItemOf<ApiResponse<'listCareSuggestions'>['items']>;
/** A member picked from the roster search (名册): what the care form needs of the roster's row. */
export type MemberOption = Pick<ItemOf<ApiResponse<'listMembers'>['items']>, 'id' | 'name' | 'staffNo'>;
