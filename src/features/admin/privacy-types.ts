import type { ApiQuery, ApiResponse, ItemOf } from '@/services/api-types';

// Generated from the server's schemas (npm run api:types); nothing here is written twice.
export type PersonalData = ApiResponse<'getMyPersonalData'>;

/** The phone is shown with the middle four digits hidden; roles are their Chinese names. */
export type PersonalProfile = PersonalData['profile'];

export type RecordSection = ItemOf<PersonalData['sections']>;

export type RecordItem = ItemOf<RecordSection['items']>;

export type ErasurePreview = ApiResponse<'previewAccountErasure'>;

export type ErasureEffect = ItemOf<ErasurePreview['effects']>;

export type ErasureResult = ApiResponse<'eraseMyAccount'>;

export type ExportFormat = ApiQuery<'exportMyPersonalData'>['format'];
