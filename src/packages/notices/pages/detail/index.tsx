import { useLoad, useRouter } from '@tarojs/taro';
import { ErrorView, PageContainer } from '@/components';
import { getNotice } from '@/features/notices';
import { NoticeArticle } from '@/features/notices/components/notice-article';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';

export default function NoticeDetailPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id);
  const notice = useLoader(() => getNotice(id ?? 0));

  useLoad(() => {
    if (member && id) void notice.reload();
  });

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
