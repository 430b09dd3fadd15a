import { useRouter } from '@tarojs/taro';
import { ErrorView, PageContainer } from '@/components';
import { getNotice } from '@/features/notices';
import { NoticeArticle } from '@/features/notices/components/notice-article';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

export default function NoticeDetailPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id);
  const notice = usePageData(() => getNotice(id ?? 0), { enabled: !!member && !!id, onShow: false });

  if (!member) return null;
  if (!id) {
    return (
      <PageContainer>
        <ErrorView title="公告不存在" message="链接有误或公告已删除" />
      </PageContainer>
    );
  }
  return (
    <PageContainer loading={notice.loading} error={notice.error} onRetry={notice.reload}>
      {notice.data && <NoticeArticle notice={notice.data} />}
    </PageContainer>
  );
}
