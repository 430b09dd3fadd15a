import type { ApiQuery, ApiRequestBody, ApiResponse, ItemOf } from '@/services/api-types';

// Generated from the server's schemas (npm run api:types); only what the UI adds is written here.

/** What the member sees of their own request (no handler, no internal notes). */
export type HelpRequest = ApiResponse<'getHelpRequest'>;
/** What a handler sees: the member's details, the handler, internal notes and the full visits. */
export type HelpCase = ApiResponse<'getHelpCase'>;

export type HelpStatus = HelpRequest['status'];
export type Urgency = HelpRequest['urgency'];
export type ContactPreference = HelpRequest['contactPreference'];
export type Rating = ApiRequestBody<'rateHelpRequest'>['rating'];
export type HelpAttachment = ItemOf<HelpRequest['attachments']>;
/** A handler's event carries `internal`; the member's never does. */
export type HelpEvent = ItemOf<HelpRequest['events']> & Partial<Pick<ItemOf<HelpCase['events']>, 'internal'>>;
/** The member's view of a visit is the handler's without the outcome. */
export type Visit = ItemOf<HelpRequest['visits']> & Partial<ItemOf<HelpCase['visits']>>;

export type HelpCategory = ItemOf<ApiResponse<'listHelpCategories'>['items']>;
export type HelpSummary = ItemOf<ApiResponse<'listMyHelpRequests'>['items']>;
export type HelpCaseSummary = ItemOf<ApiResponse<'listHelpCases'>['items']>;
export type CaseQuery = ApiQuery<'listHelpCases'>;
export type NewHelpRequest = ApiRequestBody<'createHelpRequest'>;
export type TransitionInput = ApiRequestBody<'transitionHelpRequest'>;
export type TransitionResult = ApiResponse<'transitionHelpRequest'>;
export type HelpCounts = ApiResponse<'getHelpSummary'>;
export type Handler = ItemOf<ApiResponse<'listHelpHandlers'>['items']>;
export type VisitScope = NonNullable<ApiQuery<'listHelpVisits'>['scope']>;
export type VisitItem = ItemOf<ApiResponse<'listHelpVisits'>['items']>;
export type ClosedDays = ItemOf<ApiResponse<'listUnionClosedDays'>['items']>;
export type NewClosedDays = ApiRequestBody<'createUnionClosedDays'>;
export type CategoryChanges = ApiRequestBody<'updateHelpCategory'>;
export type HelpSettings = ApiResponse<'getHelpSettings'>;

/** A file picked on the phone, not uploaded yet. */
export interface LocalFile {
  path: string;
  size: number;
  kind: 'image' | 'pdf';
  name?: string;
}
