import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorView, PageContainer } from '@/components';
import { MemberPanel, OfficerPanel, receptionApi, VisitCard, type Appointment } from '@/features/reception';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';
import './index.css';

export default function ReceptionAppointmentPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id);
  const appointment = usePageData(() => receptionApi.getAppointment(id ?? 0), {
    enabled: !!member && !!id,
    onShow: false,
  });

  if (!member) return null;
  if (!id) {
    return (
      <PageContainer>
        <ErrorView title="预约不存在" message="链接有误或预约已删除" />
      </PageContainer>
    );
  }
  const a = appointment.data;
  // The member's own appointment reads as theirs; anyone else here is an officer of the union.
  const officer = !!a && a.member.id !== member.id;
  const onChange = (next: Appointment) => appointment.setData(() => next);
  return (
    <PageContainer
      loading={appointment.loading}
      error={appointment.error}
      onRetry={appointment.reload}
      className="reception-visit"
    >
      {a && (
        <View data-testid={officer ? 'officer-visit' : 'member-visit'}>
          <VisitCard appointment={a} officer={officer} />
          {officer ? (
            <OfficerPanel appointment={a} onChange={onChange} />
          ) : (
            <MemberPanel appointment={a} onChange={onChange} />
          )}
        </View>
      )}
    </PageContainer>
  );
}
