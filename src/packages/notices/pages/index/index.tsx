import { useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, CellGroup, EmptyView, ErrorView, Loading, PageContainer, showError, Tabs } from '@/components';
import {
  BOARD_TABS,
  canPublishNotices,
  isBoardCategory,
  listNotices,
  NoticeCells,
  type BoardCategory,
} from '@/features/notices';
import { useRequireSession } from '@/features/session';
import { ROUTES, readParam, withQuery } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';
import { errorMessage } from '@/services/http';
import './index.css';

// News grows every week: a page at a time, pinned first, then newest first (the server's order).
const PAGE_SIZE = 30;

export default function NoticesPage() {
  const member = useRequireSession();
  const initial = readParam(useRouter().params.category);
  const [category, setCategory] = useState<BoardCategory>(isBoardCategory(initial) ? initial : 'news');
  const list = useLoader(() => listNotices({ category, limit: PAGE_SIZE }));
  const { reload, setData } = list;
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = async () => {
    const shown = list.data?.items.length ?? 0;
    setLoadingMore(true);
    try {
      const next = await listNotices({ category, limit: PAGE_SIZE, offset: shown });
      setData((prev) =>
        prev
          ? {
              total: next.total,
              items: [...prev.items, ...next.items.filter((n) => !prev.items.some((p) => p.id === n.id))],
            }
          : next,
      );
    } catch (err) {
      showError(errorMessage(err));
    } finally {
      setLoadingMore(false);
    }
  };

  const signedIn = !!member;
  useEffect(() => {
    if (signedIn) void reload();
  }, [category, signedIn, reload]);
  // Coming back from the publish page: show the new notice.
  const shows = useRef(0);
  useDidShow(() => {
    if (shows.current++ > 0 && signedIn) void reload();
  });
  usePullDownRefresh(() => void reload().then(() => Taro.stopPullDownRefresh()));

  const switchTo = (next: BoardCategory) => {
    setData(() => undefined);
    setCategory(next);
  };

  if (!member) return null;
  const canPublish = canPublishNotices(member);
  const items = list.data?.items;
  const more = !!list.data && list.data.items.length < list.data.total;
  return (
    <PageContainer
      loading={list.loading}
      error={list.error}
      onRetry={reload}
      className={canPublish ? 'notices--staff' : ''}
    >
      <Tabs items={BOARD_TABS} value={category} onChange={switchTo} testIdPrefix="tab-notice-" />
      <CellGroup testId="notice-list">
        {!items && list.loading && <Loading />}
        {!items && !list.loading && !!list.error && (
          <ErrorView compact message={errorMessage(list.error)} onRetry={reload} />
        )}
        {items && items.length > 0 && <NoticeCells items={items} />}
        {items && items.length === 0 && <EmptyView text="暂无公告" />}
      </CellGroup>
      {more && (
        <View className="notices-more">
          <Button loading={loadingMore} onClick={loadMore} testId="notice-more">
            显示更早的公告
          </Button>
        </View>
      )}
      {canPublish && (
        <View className="notices-publish">
          <Button
            type="primary"
            testId="notice-publish"
            onClick={() => Taro.navigateTo({ url: withQuery(ROUTES.noticePublish, { category }) })}
          >
            发布公告
          </Button>
        </View>
      )}
    </PageContainer>
  );
}
