import { CounsellingPage, counsellingApi, LeaveList, ScheduleForm, useOverview } from '@/features/counselling';
import { useRequireSession } from '@/features/session';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';

export default function SchedulePage() {
  const member = useRequireSession();
  const { reload: reloadOverview } = useOverview(member?.id);
  const schedule = useLoader(() => counsellingApi.getSchedule());

  usePageRefresh(() => Promise.all([reloadOverview(), schedule.reload()]), { enabled: !!member, onShow: false });

  if (!member) return null;
  const s = schedule.data;
  return (
    <CounsellingPage ready={!!s} error={schedule.error} onRetry={schedule.reload}>
      {s && (
        <>
          <ScheduleForm schedule={s} onSaved={(next) => schedule.setData(() => next)} />
          <LeaveList leave={s.leave} onChange={(leave) => schedule.setData((prev) => prev && { ...prev, leave })} />
        </>
      )}
    </CounsellingPage>
  );
}
