import { Picker, Text, View } from '@tarojs/components';
import { CellGroup, showSuccess } from '@/components';
import { todayIn } from '@/lib/dayjs';
import { useAction } from '@/lib/use-action';
import { completeHelpVisit, scheduleHelpVisit } from '../api';
import type { HelpCase } from '../types';
import { VisitRow } from './visit-row';

/** The case's 回访 on the handler's page: planned, done, and a date picker to plan another once resolved. */
export function CaseVisits({ kase, onChanged }: { kase: HelpCase; onChanged: () => Promise<unknown> }) {
  const schedule = useAction((dueOn: string) => scheduleHelpVisit(kase.id, dueOn), {
    success: '已安排回访',
    then: onChanged,
    toast: true,
  });
  const finished = kase.status === 'resolved' || kase.status === 'closed';
  if (!finished && kase.visits.length === 0) return null;
  const today = todayIn();
  const complete = (id: number) => (outcome: string) =>
    completeHelpVisit(id, outcome).then(() => {
      showSuccess('已登记');
      return onChanged();
    });
  return (
    <CellGroup
      title="回访"
      extra={
        finished ? (
          <Picker mode="date" value={today} start={today} onChange={(e) => void schedule.run(e.detail.value)}>
            <Text className="link-text">安排回访</Text>
          </Picker>
        ) : undefined
      }
    >
      {kase.visits.length === 0 && <View className="help-panel__text help-panel__muted">还没有安排回访</View>}
      {kase.visits.map((visit) => (
        <VisitRow key={visit.id} visit={visit} onComplete={complete(visit.id)} />
      ))}
    </CellGroup>
  );
}
