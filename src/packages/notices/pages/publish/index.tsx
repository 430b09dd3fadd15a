import Taro, { useRouter } from '@tarojs/taro';
import { ErrorView, PageContainer, showSuccess } from '@/components';
import { canPublishNotices, isBoardCategory } from '@/features/notices';
import { PublishForm } from '@/features/notices/components/publish-form';
import { useRequireSession } from '@/features/session';
import { readParam } from '@/lib/routes';

export default function PublishNoticePage() {
  const member = useRequireSession();
  const category = readParam(useRouter().params.category);

  const onPublished = () => {
    showSuccess('已发布');
    // Let the toast be seen before the list page (which reloads on show) comes back.
    setTimeout(() => void Taro.navigateBack(), 800);
  };

  if (!member) return null;
  if (!canPublishNotices(member)) {
    return (
      <PageContainer>
        <ErrorView title="无法发布" message="只有本工会的工会干事或工会主席可以发布公告" />
      </PageContainer>
    );
  }
  return (
    <PageContainer>
      <PublishForm initialCategory={isBoardCategory(category) ? category : 'news'} onPublished={onPublished} />
    </PageContainer>
  );
}
