import { request } from '@/services/http';
import type { ApiResponse } from '@/services/api-types';
import type { MessagePage } from './types';

const PAGE_SIZE = 20;

/** `before` is the id of the oldest message already shown. */
export const listMessages = (before?: number) =>
  request<MessagePage>('GET', '/api/messages', { query: { limit: PAGE_SIZE, before } });

export const getUnreadCount = () =>
  request<ApiResponse<'countUnreadMessages'>>('GET', '/api/messages/unread-count').then((r) => r.count);

export const markRead = (id: number) => request<ApiResponse<'markMessageRead'>>('POST', `/api/messages/${id}/read`);

export const markAllRead = () => request<ApiResponse<'markAllMessagesRead'>>('POST', '/api/messages/read-all');
