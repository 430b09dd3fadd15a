import { useRouter } from '@tarojs/taro';
import { CounsellingPage, counsellingApi, MissingPage, MyAppointmentView, useOverview } from '@/features/counselling';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';

export default function MyAppointmentPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id);
  const { overview, reload: reloadOverview } = useOverview(member?.id);
  const appointment = useLoader(() => counsellingApi.getMine(id ?? 0));

  usePageRefresh(() => Promise.all([reloadOverview(), appointment.reload()]), {
    enabled: !!member && !!id,
    onShow: false,
  });

  if (!member) return null;
  if (!id) return <MissingPage title="预约不存在" />;
  const a = appointment.data;
  return (
    <CounsellingPage ready={!!a} error={appointment.error} onRetry={appointment.reload}>
      {a && (
        <MyAppointmentView
          appointment={a}
          cutoffHours={overview?.policy.cancelCutoffHours ?? 12}
          onChange={(next) => appointment.setData(() => next)}
        />
      )}
    </CounsellingPage>
  );
}
