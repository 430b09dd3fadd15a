import { request } from '../../services/http'
import type { MessagePage } from './types'

const PAGE_SIZE = 20

/** `before` is the id of the oldest message already shown. */
export const listMessages = (before?: number) =>
  request<MessagePage>('GET', '/api/messages', { query: { limit: PAGE_SIZE, before } })

export const getUnreadCount = () =>
  request<{ count: number }>('GET', '/api/messages/unread-count').then((r) => r.count)

export const markRead = (id: number) => request<void>('POST', `/api/messages/${id}/read`)

export const markAllRead = () => request<void>('POST', '/api/messages/read-all')
