import { useState } from 'react';
import { EmptyView, ErrorView, LoadMore, Loading, PageContainer, showSuccess, Tabs } from '@/components';
import { getNoShowSettings, isBookingStaff, listSuspensions, type Suspension } from '@/features/booking';
import { SettingsForm } from '@/features/booking/components/settings-form';
import { StaffOnly } from '@/features/booking/components/staff-only';
import { SuspensionItem } from '@/features/booking/components/suspension-item';
import { useRequireSession } from '@/features/session';
import { useLoadMore } from '@/lib/use-load-more';
import { usePageData } from '@/lib/use-page-data';
import { errorMessage } from '@/services/http';

const TABS = [
  { key: 'pending', label: '待处理申诉' },
  { key: 'any', label: '全部暂停记录' },
] as const;
const PAGE_SIZE = 20;

export default function SuspensionsPage() {
  const member = useRequireSession();
  const staff = isBookingStaff(member);
  const [tab, setTab] = useState<'pending' | 'any'>('pending');
  // Both reload on coming back and on pull-down; the list also when the tab changes.
  const list = usePageData(() => listSuspensions({ appeal: tab, limit: PAGE_SIZE }), { enabled: staff, deps: [tab] });
  // The records of every year stay reachable: each page goes on after the last one shown.
  const older = useLoadMore(list, (after) => listSuspensions({ appeal: tab, limit: PAGE_SIZE, after }));
  const settings = usePageData(getNoShowSettings, { enabled: staff });
  const { reload, setData } = list;

  const decided = (s: Suspension) => {
    showSuccess(s.status === 'lifted' ? '已解除暂停' : '已维持暂停');
    setData(
      (page) =>
        page && {
          ...page,
          items:
            tab === 'pending'
              ? page.items.filter((x) => x.id !== s.id)
              : page.items.map((x) => (x.id === s.id ? s : x)),
        },
    );
  };

  if (!member) return null;
  if (!staff) return <StaffOnly />;
  const items = list.data?.items;
  return (
    <PageContainer>
      <Tabs
        items={TABS}
        value={tab}
        onChange={(k) => {
          setData(() => undefined);
          setTab(k);
        }}
        testIdPrefix="tab-suspensions-"
      />
      {!items && list.loading && <Loading />}
      {!items && !list.loading && !!list.error && (
        <ErrorView compact message={errorMessage(list.error)} onRetry={reload} />
      )}
      {items?.map((s) => (
        <SuspensionItem key={s.id} suspension={s} onDecided={decided} />
      ))}
      {items && items.length === 0 && <EmptyView text={tab === 'pending' ? '没有待处理的申诉' : '暂无暂停记录'} />}
      {items && <LoadMore paging={older} shown={items.length} testId="suspensions-more" />}
      {settings.data && (
        <SettingsForm
          settings={settings.data}
          onSaved={(next) => {
            settings.setData(() => next);
            showSuccess('已保存');
          }}
        />
      )}
    </PageContainer>
  );
}
