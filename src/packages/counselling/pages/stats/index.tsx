import { Text } from '@tarojs/components';
import { CounsellingPage, counsellingApi, StatsChart, useOverview } from '@/features/counselling';
import { useRequireSession } from '@/features/session';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';

export default function CounsellingStatsPage() {
  const member = useRequireSession();
  const { reload: reloadOverview } = useOverview(member?.id);
  const stats = useLoader(() => counsellingApi.getStats(6));

  usePageRefresh(() => Promise.all([reloadOverview(), stats.reload()]), { enabled: !!member, onShow: false });

  if (!member) return null;
  return (
    <CounsellingPage ready={!!stats.data} error={stats.error} onRetry={stats.reload}>
      {stats.data && <StatsChart months={stats.data} />}
      <Text className="cs-hint">
        为保护来访老师，这里只有次数：每月提交的申请、完成的咨询，以及面谈、电话、线上各多少次。没有姓名、留言、原因或笔记，任何人都无法从这里查到具体是谁。
      </Text>
    </CounsellingPage>
  );
}
