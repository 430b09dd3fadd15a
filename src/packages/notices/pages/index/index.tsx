import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, CellGroup, EmptyView, ErrorView, LoadMore, Loading, PageContainer, Tabs } from '@/components';
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
import { useLoadMore } from '@/lib/use-load-more';
import { usePageData } from '@/lib/use-page-data';
import { errorMessage } from '@/services/http';
import './index.css';

// News grows every week: a page at a time, pinned first, then newest first (the server's order).
const PAGE_SIZE = 30;

export default function NoticesPage() {
  const member = useRequireSession();
  const initial = readParam(useRouter().params.category);
  const [category, setCategory] = useState<BoardCategory>(isBoardCategory(initial) ? initial : 'news');
  // Coming back from the publish page (refresh on show): show the new notice.
  const list = usePageData(() => listNotices({ category, limit: PAGE_SIZE }), {
    enabled: !!member,
    deps: [category],
  });
  const { reload, setData } = list;
  // The board's order is the server's keyset: each page goes on after the last notice shown.
  const older = useLoadMore(list, (after) => listNotices({ category, limit: PAGE_SIZE, after }));

  const switchTo = (next: BoardCategory) => {
    setData(() => undefined);
    setCategory(next);
  };

  if (!member) return null;
  const canPublish = canPublishNotices(member);
  const items = list.data?.items;
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
      {items && <LoadMore paging={older} shown={items.length} testId="notice-more" />}
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
