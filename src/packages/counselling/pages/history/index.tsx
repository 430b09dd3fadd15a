import { CellGroup, EmptyView } from '@/components';
import { CounsellingPage, counsellingApi, MyAppointmentCells, useOverview } from '@/features/counselling';
import { useRequireSession } from '@/features/session';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';

export default function CounsellingHistoryPage() {
  const member = useRequireSession();
  const { overview, reload: reloadOverview } = useOverview(member?.id);
  const past = useLoader(() => counsellingApi.listMine('past').then((page) => page.items));

  usePageRefresh(() => Promise.all([reloadOverview(), past.reload()]), { enabled: !!member, onShow: false });

  if (!member) return null;
  return (
    <CounsellingPage ready={!!past.data} error={past.error} onRetry={past.reload}>
      <CellGroup
        title="已结束、取消或失效的预约"
        footer={`记录在咨询结束 ${overview?.policy.retentionYears ?? 3} 年后自动删除个人信息；撤回同意时立即删除。`}
      >
        {past.data?.length ? <MyAppointmentCells items={past.data} /> : <EmptyView text="还没有历史记录" />}
      </CellGroup>
    </CounsellingPage>
  );
}
