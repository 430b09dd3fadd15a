export { getUnreadCount, listMessages, markAllRead, markRead } from './api';
export { setUnreadBadge, useUnreadBadge } from './tab-badge';
export { MessageItem } from './components/message-item';
export type { Message, MessagePage } from './types';
