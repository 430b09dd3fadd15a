import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Picker, Text, View } from '@tarojs/components';
import { Cell, CellGroup, EmptyView, ErrorView, LoadMore, Loading, PageContainer, Tabs } from '@/components';
import {
  type CaseQuery,
  downloadWorkbook,
  handlesHelp,
  helpApi,
  QueueCells,
  type StripKey,
  SummaryStrip,
} from '@/features/help';
import { useRequireSession } from '@/features/session';
import { beijing } from '@/lib/dayjs';
import { ROUTES } from '@/lib/routes';
import { useLoadMore } from '@/lib/use-load-more';
import { useAction } from '@/lib/use-action';
import { useLoader } from '@/lib/use-loader';
import { usePageData, usePageRefresh } from '@/lib/use-page-data';
import { errorMessage } from '@/services/http';
import './index.css';

const TABS = [
  { key: 'submitted', label: '待受理' },
  { key: 'open', label: '办理中' },
  { key: 'overdue', label: '超期' },
  { key: 'resolved', label: '已办结' },
  { key: 'all', label: '全部' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

const queryOf = (tab: TabKey): CaseQuery =>
  tab === 'all'
    ? {}
    : tab === 'overdue'
      ? { overdue: true }
      : tab === 'resolved'
        ? { status: 'resolved' }
        : { status: tab };

export default function HelpQueuePage() {
  const member = useRequireSession();
  const [tab, setTab] = useState<TabKey>('submitted');
  const [categoryId, setCategoryId] = useState<number | null>(null);
  const handles = handlesHelp(member);
  const categories = useLoader(() => helpApi.listCategories(true));
  const counts = useLoader(() => helpApi.getHelpSummary());
  const query = { ...queryOf(tab), ...(categoryId ? { categoryId } : {}) };
  // The list follows the tab and the category; back from a case only the counts are asked again,
  // so the pages already loaded below stay where the handler left them.
  const list = usePageData(() => helpApi.listHelpCases(query), {
    enabled: handles,
    deps: [tab, categoryId],
    onShow: false,
  });
  const { reload, setData } = list;
  const more = useLoadMore(list, (after) => helpApi.listHelpCases({ ...query, after }));
  usePageRefresh(() => Promise.all([counts.reload(), categories.data ? null : categories.reload()]), {
    enabled: handles,
  });

  const switchTo = (next: TabKey) => {
    setData(() => undefined);
    setTab(next);
  };
  const pick = (key: StripKey) =>
    key === 'visits' ? void Taro.navigateTo({ url: ROUTES.helpVisits }) : switchTo(key === 'waiting' ? 'open' : key);
  const exportYear = useAction(
    () => {
      const now = beijing();
      return downloadWorkbook(
        helpApi.exportPath(`${now.year()}-01`, now.format('YYYY-MM')),
        `困难帮扶统计-${now.year()}.xlsx`,
      );
    },
    { toast: true },
  );

  if (!member) return null;
  if (!handles) {
    return (
      <PageContainer>
        <ErrorView title="无法查看" message="只有本工会的工会干事和工会主席可以办理求助" />
      </PageContainer>
    );
  }
  const names = ['全部类别', ...(categories.data ?? []).map((c) => c.name)];
  const chosen = categories.data?.find((c) => c.id === categoryId);
  return (
    <PageContainer loading={counts.loading && !counts.data} error={counts.error} onRetry={counts.reload}>
      {counts.data && <SummaryStrip counts={counts.data} onPick={pick} />}
      <View className="help-queue__tabs">
        <Tabs items={TABS} value={tab} onChange={switchTo} testIdPrefix="help-tab-" />
      </View>
      <Picker
        mode="selector"
        range={names}
        value={chosen ? names.indexOf(chosen.name) : 0}
        onChange={(e) => setCategoryId(categories.data?.[Number(e.detail.value) - 1]?.id ?? null)}
      >
        <View className="help-queue__filter">
          <Text>类别：{chosen?.name ?? '全部类别'}</Text>
          <Text className="ui-cell__arrow help-queue__down" />
        </View>
      </Picker>
      <CellGroup testId="help-queue">
        {!list.data && list.loading && <Loading />}
        {!list.data && !list.loading && !!list.error && (
          <ErrorView compact message={errorMessage(list.error)} onRetry={reload} />
        )}
        {list.data && list.data.items.length > 0 && <QueueCells items={list.data.items} />}
        {list.data && list.data.items.length === 0 && <EmptyView text="这里没有求助" />}
      </CellGroup>
      {list.data && <LoadMore paging={more} shown={list.data.items.length} testId="help-queue-more" />}
      <CellGroup title="更多">
        <Cell
          title="回访"
          value={counts.data?.visitsDue ? `${counts.data.visitsDue} 个到期` : undefined}
          arrow
          onClick={() => void Taro.navigateTo({ url: ROUTES.helpVisits })}
          testId="help-open-visits"
        />
        <Cell
          title="导出本年统计"
          label="Excel：按月的求助数、类别、答复用时、满意率"
          value={exportYear.busy ? '导出中…' : undefined}
          arrow
          onClick={exportYear.busy ? undefined : () => void exportYear.run()}
          testId="help-export"
        />
        <Cell
          title="求助设置"
          label="类别、休息日、答复期限"
          arrow
          onClick={() => void Taro.navigateTo({ url: ROUTES.helpSettings })}
          testId="help-open-settings"
        />
      </CellGroup>
    </PageContainer>
  );
}
