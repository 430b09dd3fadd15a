import Taro from '@tarojs/taro';
import { ErrorView, PageContainer, showSuccess } from '@/components';
import { managesReception, PublishForm, receptionApi } from '@/features/reception';
import { useRequireSession } from '@/features/session';
import { usePageData } from '@/lib/use-page-data';

export default function PublishReceptionPage() {
  const member = useRequireSession();
  const manages = managesReception(member);
  const receivers = usePageData(receptionApi.listReceivers, { enabled: manages, onShow: false });

  const onPublished = (created: number) => {
    showSuccess(created > 1 ? `已发布 ${created} 场` : '已发布');
    setTimeout(() => void Taro.navigateBack(), 800);
  };

  if (!member) return null;
  if (!manages) {
    return (
      <PageContainer>
        <ErrorView title="无法发布" message="只有本工会的工会主席和工会干事可以发布接待日" />
      </PageContainer>
    );
  }
  return (
    <PageContainer loading={receivers.loading} error={receivers.error} onRetry={receivers.reload}>
      {receivers.data && <PublishForm receivers={receivers.data} onPublished={onPublished} />}
    </PageContainer>
  );
}
