import type { ApiResponse, ItemOf } from '@/services/api-types';

// Generated from the server's schemas (npm run api:types).
export type MessagePage = ApiResponse<'listMessages'>;

/**
 * `kind` says what the message is about (booking, help, notice …); `link` is a mini-program page
 * path such as /packages/notices/pages/detail/index?id=3.
 */
export type Message = ItemOf<MessagePage['items']>;
