import { useRouter } from '@tarojs/taro';
import { CounsellingPage, counsellingApi, DeskAppointmentView, MissingPage, useOverview } from '@/features/counselling';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';

export default function DeskAppointmentPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id);
  const { reload: reloadOverview } = useOverview(member?.id);
  // Opening the page is one audited read of the appointment.
  const page = useLoader(async () => {
    const [appointment, desk] = await Promise.all([
      counsellingApi.getDeskAppointment(id ?? 0),
      counsellingApi.getDesk(),
    ]);
    return { appointment, counsellor: desk.counsellor };
  });

  usePageRefresh(() => Promise.all([reloadOverview(), page.reload()]), { enabled: !!member && !!id, onShow: false });

  if (!member) return null;
  if (!id) return <MissingPage title="预约不存在" />;
  const d = page.data;
  return (
    <CounsellingPage ready={!!d} error={page.error} onRetry={page.reload}>
      {d && (
        <DeskAppointmentView
          appointment={d.appointment}
          counsellorId={d.counsellor.id}
          room={d.counsellor.room}
          onChange={(next) => page.setData((prev) => prev && { ...prev, appointment: next })}
        />
      )}
    </CounsellingPage>
  );
}
