import type { ApiQuery, ApiRequestBody, ApiResponse, ApiSchema, ItemOf } from '@/services/api-types';

// Generated from the server's schemas (npm run api:types); nothing here is written twice.
export type Notice = ApiSchema<'Notice'>;

export type NoticeCategory = Notice['category'];

export type NoticePage = ApiResponse<'listNotices'>;

export type NoticeSummary = ItemOf<NoticePage['items']>;

export type NoticeQuery = ApiQuery<'listNotices'>;

export type NewNotice = ApiRequestBody<'createNotice'>;
