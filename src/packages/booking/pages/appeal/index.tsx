import Taro from '@tarojs/taro';
import { ErrorView, PageContainer, showSuccess } from '@/components';
import { getStanding } from '@/features/booking';
import { AppealForm } from '@/features/booking/components/appeal-form';
import { StandingBanner } from '@/features/booking/components/standing-banner';
import { useRequireSession } from '@/features/session';
import { usePageData } from '@/lib/use-page-data';

export default function AppealPage() {
  const member = useRequireSession();
  const standing = usePageData(getStanding, { enabled: !!member, onShow: false });

  const onSent = () => {
    showSuccess('申诉已提交');
    // Let the toast be seen before 我的预约 (which reloads on show) comes back.
    setTimeout(() => void Taro.navigateBack(), 900);
  };

  if (!member) return null;
  const s = standing.data?.suspension;
  const canAppeal = s && s.status === 'active' && !s.appeal;
  return (
    <PageContainer loading={standing.loading} error={standing.error} onRetry={standing.reload}>
      {standing.data && canAppeal && <AppealForm suspension={s} onSent={onSent} />}
      {standing.data && !canAppeal && s && <StandingBanner standing={standing.data} />}
      {standing.data && !s && <ErrorView title="无需申诉" message="您的预约资格正常，可以直接预约。" />}
    </PageContainer>
  );
}
