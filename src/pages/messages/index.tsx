import { useEffect } from 'react';
import Taro, { useReachBottom } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y, Loading, PageContainer } from '@/components';
import {
  listMessages,
  markAllRead,
  markRead,
  MessageItem,
  setUnreadBadge,
  type Message,
  type MessagePage,
} from '@/features/messages';
import { useRequireSession } from '@/features/session';
import { isTabPage } from '@/lib/routes';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import './index.css';

const now = () => new Date().toISOString();

export default function MessagesPage() {
  const member = useRequireSession();
  // Tab pages stay alive; reloading on show keeps the list and the badge current.
  const list = usePageData<MessagePage>(() => listMessages(), { enabled: !!member });
  const page = list.data;
  const refresh = list.reload;

  const more = useAction(
    async (before: number | undefined) => {
      const next = await listMessages(before);
      list.setData((prev) => prev && { ...next, items: [...prev.items, ...next.items] });
    },
    { toast: true },
  );
  useReachBottom(() => {
    if (!page?.hasMore || more.busy || list.loading) return;
    void more.run(page.items[page.items.length - 1]?.id);
  });
  const unreadCount = page?.unreadCount;
  useEffect(() => {
    if (unreadCount !== undefined) setUnreadBadge(unreadCount);
  }, [unreadCount]);

  const open = async (m: Message) => {
    if (!m.readAt) {
      // Mark it read on screen at once; the request follows and its failure is harmless.
      list.setData(
        (prev) =>
          prev && {
            ...prev,
            unreadCount: Math.max(0, prev.unreadCount - 1),
            items: prev.items.map((x) => (x.id === m.id ? { ...x, readAt: now() } : x)),
          },
      );
      markRead(m.id).catch(() => undefined);
    }
    if (m.link) {
      const url = m.link.startsWith('/') ? m.link : `/${m.link}`;
      await (isTabPage(url) ? Taro.switchTab({ url: url.split('?')[0]! }) : Taro.navigateTo({ url }));
    }
  };

  const readAll = useAction(
    async () => {
      await markAllRead();
      list.setData(
        (prev) =>
          prev && { ...prev, unreadCount: 0, items: prev.items.map((x) => ({ ...x, readAt: x.readAt ?? now() })) },
      );
    },
    { toast: true },
  );
  const markingAll = readAll.busy;

  if (!member) return null;
  const unread = unreadCount ?? 0;
  return (
    <PageContainer
      loading={list.loading}
      error={list.error}
      onRetry={refresh}
      empty={page?.items.length === 0}
      emptyText="暂无消息"
    >
      <View className="messages-bar">
        <Text className="messages-bar__count">{unread > 0 ? `${unread} 条未读` : '全部已读'}</Text>
        {unread > 0 && (
          <Text
            className={`link-text${markingAll ? ' messages-bar__busy' : ''}`}
            onClick={markingAll ? undefined : () => void readAll.run()}
            data-testid="messages-read-all"
            {...a11y({ role: 'button' })}
          >
            {markingAll ? '处理中…' : '全部已读'}
          </Text>
        )}
      </View>
      <View className="messages-list" data-testid="messages-list">
        {page?.items.map((m) => (
          <MessageItem key={m.id} message={m} onOpen={open} />
        ))}
      </View>
      {more.busy && <Loading />}
      {page && !page.hasMore && page.items.length > 0 && <View className="messages-end">没有更多了</View>}
    </PageContainer>
  );
}
