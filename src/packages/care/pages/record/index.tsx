import Taro, { useRouter } from '@tarojs/taro';
import { PageContainer, showSuccess } from '@/components';
import { careApi } from '@/features/care';
import { CareForm } from '@/features/care/components/care-form';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

/** 记录慰问: opened from 送温暖, or from a help case that calls for a visit (member and case filled in). */
export default function CareRecordPage() {
  const member = useRequireSession();
  const params = useRouter().params;
  const memberId = readIdParam(params.memberId);
  const helpCaseId = readIdParam(params.helpCaseId);
  const kinds = usePageData(careApi.listKinds, { enabled: !!member, onShow: false });
  if (!member) return null;
  const preset = memberId ? { id: memberId, name: decodeURIComponent(params.memberName ?? ''), staffNo: '' } : null;
  return (
    <PageContainer loading={kinds.loading} error={kinds.error} onRetry={kinds.reload}>
      {kinds.data && (
        <CareForm
          kinds={kinds.data}
          member={preset}
          helpCaseId={helpCaseId}
          onSubmit={async (input) => {
            await careApi.recordCare(input);
            showSuccess('已记录');
            setTimeout(() => void Taro.navigateBack(), 600);
          }}
        />
      )}
    </PageContainer>
  );
}
