import { View } from '@tarojs/components';
import { PageContainer } from '@/components';
import { adminApi, RecordGroups, ROLE_LABELS, ToolGroups, WaitingGroup } from '@/features/admin';
import { useRequireSession } from '@/features/session';
import { usePageData } from '@/lib/use-page-data';
import './index.css';

export default function WorkbenchPage() {
  const member = useRequireSession();
  const overview = usePageData(adminApi.getOverview, { enabled: !!member });
  const { reload } = overview;

  if (!member) return null;
  const data = overview.data;
  return (
    <PageContainer loading={overview.loading && !data} error={data ? null : overview.error} onRetry={reload}>
      {data && (
        <>
          <View className="workbench-head">
            <View className="workbench-head__union">{data.unionName}</View>
            <View className="workbench-head__roles">
              {data.roles.map((r) => ROLE_LABELS[r]).join('、')} · 在册会员 {data.activeMembers} 人
            </View>
          </View>
          <WaitingGroup overview={data} />
          <ToolGroups overview={data} />
          <RecordGroups overview={data} />
        </>
      )}
    </PageContainer>
  );
}
