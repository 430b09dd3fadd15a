import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, EmptyView, LoadMore, Loading, Tabs } from '@/components';
import {
  CounsellingPage,
  counsellingApi,
  DESK_TABS,
  DeskAppointmentCells,
  type DeskScope,
  useOverview,
} from '@/features/counselling';
import { useRequireSession } from '@/features/session';
import { ROUTES } from '@/lib/routes';
import { useLoadMore } from '@/lib/use-load-more';
import { usePageData, usePageRefresh } from '@/lib/use-page-data';
import './index.css';

export default function CounsellorDeskPage() {
  const member = useRequireSession();
  const { reload: reloadOverview } = useOverview(member?.id);
  const [scope, setScope] = useState<DeskScope>('pending');
  const signedIn = !!member;
  // Both refresh on coming back from an appointment and on pull-down.
  const summary = usePageData(() => counsellingApi.getDesk(), { enabled: signedIn });
  const list = usePageData(() => counsellingApi.listDesk(scope), { enabled: signedIn, deps: [scope] });
  const { setData: setList } = list;
  // Each tab is read a page at a time (the past one grows by hundreds a year), going on after the
  // last appointment shown; a page asked for before a tab change is dropped by useLoadMore.
  const more = useLoadMore(list, (after) => counsellingApi.listDesk(scope, after));
  usePageRefresh(reloadOverview, { enabled: signedIn, onShow: false });

  const switchTo = (next: DeskScope) => {
    setList(() => undefined);
    setScope(next);
  };

  if (!member) return null;
  const s = summary.data;
  return (
    <CounsellingPage ready={!!s} error={summary.error ?? (list.data ? list.error : null)} onRetry={summary.reload}>
      {s && (
        <View className="cs-desk__summary" data-testid="desk-summary">
          <View className="cs-desk__figure">
            <Text className="cs-desk__number">{s.pending}</Text>
            <Text className="cs-desk__caption">待处理</Text>
          </View>
          <View className="cs-desk__figure">
            <Text className="cs-desk__number">{s.upcoming}</Text>
            <Text className="cs-desk__caption">已确认</Text>
          </View>
          <View className="cs-desk__figure">
            <Text className="cs-desk__number">{s.rating.average ?? '—'}</Text>
            <Text className="cs-desk__caption">
              {s.rating.average === null ? `评价满 3 条后显示` : `平均评分（${s.rating.count} 条）`}
            </Text>
          </View>
        </View>
      )}
      <CellGroup>
        <Cell
          title="排班与请假"
          label="每周可约时间、请假"
          arrow
          testId="desk-open-schedule"
          onClick={() => Taro.navigateTo({ url: ROUTES.counsellingSchedule })}
        />
      </CellGroup>
      <Tabs items={DESK_TABS} value={scope} onChange={switchTo} testIdPrefix="desk-tab-" />
      <CellGroup testId="desk-list">
        {!list.data && <Loading />}
        {list.data &&
          (list.data.items.length ? (
            <DeskAppointmentCells items={list.data.items} />
          ) : (
            <EmptyView text="这里没有预约" />
          ))}
      </CellGroup>
      {list.data && <LoadMore paging={more} shown={list.data.items.length} testId="desk-more" />}
      <Text className="cs-hint">只有您能看到自己的预约。每次查看都会留下记录，以备核查。</Text>
    </CounsellingPage>
  );
}
