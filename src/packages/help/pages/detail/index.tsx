import { useEffect } from 'react';
import { useRouter } from '@tarojs/taro';
import { CellGroup, ErrorView, PageContainer, showSuccess } from '@/components';
import { CaseFiles, CaseHeader, DescriptionCard, helpApi, MemberPanel, Timeline } from '@/features/help';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

export default function HelpDetailPage() {
  const member = useRequireSession();
  const { params } = useRouter();
  const id = readIdParam(params.id);
  const kase = usePageData(() => helpApi.getHelpRequest(id ?? 0), { enabled: !!member && !!id });
  useEffect(() => {
    if (params.created) showSuccess('已提交');
  }, [params.created]);

  if (!member) return null;
  if (!id) {
    return (
      <PageContainer>
        <ErrorView title="求助不存在" message="链接有误或求助已删除" />
      </PageContainer>
    );
  }
  const data = kase.data;
  return (
    <PageContainer loading={kase.loading} error={kase.error} onRetry={kase.reload}>
      {data && (
        <>
          <CaseHeader kase={data} viewer="member" />
          <DescriptionCard text={data.description} />
          <CaseFiles kase={data} canAdd onUploaded={kase.reload} />
          <MemberPanel kase={data} onChanged={kase.reload} />
          <CellGroup title="办理进展">
            <Timeline events={data.events} viewer="member" />
          </CellGroup>
        </>
      )}
    </PageContainer>
  );
}
