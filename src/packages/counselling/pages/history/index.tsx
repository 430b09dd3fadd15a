import { CellGroup, EmptyView, LoadMore } from '@/components';
import { CounsellingPage, counsellingApi, MyAppointmentCells, useOverview } from '@/features/counselling';
import { useRequireSession } from '@/features/session';
import { useLoadMore } from '@/lib/use-load-more';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';

const pastAfter = (after?: string) => counsellingApi.listMine('past', after);

export default function CounsellingHistoryPage() {
  const member = useRequireSession();
  const { overview, reload: reloadOverview } = useOverview(member?.id);
  const past = useLoader(() => pastAfter());
  // The history grows every year: each page goes on after the last appointment shown.
  const older = useLoadMore(past, pastAfter);

  usePageRefresh(() => Promise.all([reloadOverview(), past.reload()]), { enabled: !!member, onShow: false });

  if (!member) return null;
  const items = past.data?.items;
  return (
    <CounsellingPage ready={!!items} error={past.error} onRetry={past.reload}>
      <CellGroup
        title="已结束、取消或失效的预约"
        footer={`记录在咨询结束 ${overview?.policy.retentionYears ?? 3} 年后自动删除个人信息；撤回同意时立即删除。`}
      >
        {items?.length ? <MyAppointmentCells items={items} /> : <EmptyView text="还没有历史记录" />}
      </CellGroup>
      {items && <LoadMore paging={older} shown={items.length} testId="counselling-history-more" />}
    </CounsellingPage>
  );
}
