import { useLoad } from '@tarojs/taro';
import { CounsellingPage, counsellingApi, LeaveList, ScheduleForm, useOverview } from '@/features/counselling';
import { useRequireSession } from '@/features/session';
import { useLoader } from '@/lib/use-loader';

export default function SchedulePage() {
  const member = useRequireSession();
  const { reload: reloadOverview } = useOverview(member?.id);
  const schedule = useLoader(() => counsellingApi.getSchedule());

  useLoad(() => {
    if (!member) return;
    void reloadOverview();
    void schedule.reload();
  });

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
