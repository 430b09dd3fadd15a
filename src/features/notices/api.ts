import { request } from '@/services/http';
import type { NewNotice, Notice, NoticePage, NoticeQuery } from './types';

export const listNotices = (query: NoticeQuery = {}) =>
  request<NoticePage>('GET', '/api/notices', { query: { ...query } });

export const getNotice = (id: number) => request<Notice>('GET', `/api/notices/${id}`);

export const publishNotice = (input: NewNotice) => request<Notice>('POST', '/api/notices', { body: input });
