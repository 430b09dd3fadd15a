import Taro, { useRouter } from '@tarojs/taro';
import { PageContainer, showInfo, showSuccess } from '@/components';
import { AnnouncementForm } from '@/features/clubs/components';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';

// 发布公告 for the club in ?id= (the server refuses anyone but its leaders).
export default function AnnouncePage() {
  const member = useRequireSession();
  const clubId = readIdParam(useRouter().params.id) ?? 0;
  const posted = (checking: boolean) => {
    if (checking) showInfo('已发布，图片审核通过后显示');
    else showSuccess('已发布');
    setTimeout(() => void Taro.navigateBack(), 1000);
  };
  if (!member) return null;
  return (
    <PageContainer>
      <AnnouncementForm clubId={clubId} onPosted={posted} />
    </PageContainer>
  );
}
