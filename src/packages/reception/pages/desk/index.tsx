import { useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y, CellGroup, EmptyView, Loading, PageContainer, Tabs } from '@/components';
import {
  addDays,
  AppointmentItem,
  formatDay,
  PeriodNav,
  receptionApi,
  Schedule,
  shortDay,
  todayIn,
  type ReceptionSession,
} from '@/features/reception';
import { useRequireSession } from '@/features/session';
import { readParam } from '@/lib/routes';
import { useAction } from '@/lib/use-action';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';
import './index.css';

const TABS = [
  { key: 'today', label: '今日接待' },
  { key: 'week', label: '本周安排' },
  { key: 'follow-ups', label: '待答复' },
] as const;
type Tab = (typeof TABS)[number]['key'];
const isTab = (value: string): value is Tab => TABS.some((t) => t.key === value);
const SESSION_CANCEL_REASONS = ['接待人临时有公务', '节假日调休', '学校统一活动'];

export default function ReceptionDeskPage() {
  const member = useRequireSession();
  const param = readParam(useRouter().params.tab);
  const [tab, setTab] = useState<Tab>(isTab(param) ? param : 'today');
  // The week on screen comes back in the answer; the ref only says which one to ask for next.
  const weekOf = useRef(todayIn());
  const today = useLoader(receptionApi.listToday);
  const week = useLoader(() => receptionApi.listWeek(weekOf.current));
  const followUps = useLoader(receptionApi.listFollowUps);
  const current = { today, week, 'follow-ups': followUps }[tab];

  // The tab on screen: loaded first, again on each return here and on pull-down.
  usePageRefresh(() => current.reload(), { enabled: !!member });
  const cancelAction = useAction((id: number, reason: string) => receptionApi.cancelSession(id, reason), {
    success: '已取消并通知会员',
    toast: true,
    then: () => void current.reload(),
  });

  const switchTo = (next: Tab) => {
    setTab(next);
    void { today, week, 'follow-ups': followUps }[next].reload();
  };
  const moveWeek = (days: number) => {
    weekOf.current = addDays(weekOf.current, days);
    void week.reload();
  };
  const cancelSession = async (session: ReceptionSession) => {
    const { tapIndex } = await Taro.showActionSheet({ itemList: SESSION_CANCEL_REASONS }).catch(() => ({
      tapIndex: -1,
    }));
    const reason = SESSION_CANCEL_REASONS[tapIndex];
    if (reason) await cancelAction.run(session.id, reason);
  };

  if (!member) return null;
  return (
    <PageContainer loading={current.loading} error={current.error} onRetry={current.reload} className="reception-desk">
      <Tabs items={TABS} value={tab} onChange={switchTo} testIdPrefix="desk-tab-" />
      {!current.data && current.loading && <Loading />}
      {tab === 'today' && today.data && (
        <View data-testid="today-list">
          <Text className="reception-desk__caption">{formatDay(today.data.date)}</Text>
          {today.data.overdueCount > 0 && (
            <View
              className="reception-desk__alert"
              onClick={() => switchTo('follow-ups')}
              data-testid="overdue-alert"
              {...a11y({ role: 'button' })}
            >
              有 {today.data.overdueCount} 件答复已逾期，去处理 ›
            </View>
          )}
          <Schedule sessions={today.data.sessions} appointments={today.data.items} emptyText="今天没有接待日安排" />
        </View>
      )}
      {tab === 'week' && week.data && (
        <View data-testid="week-list">
          <PeriodNav
            label={`${shortDay(week.data.start)}–${shortDay(week.data.end)}`}
            prevText="上一周"
            nextText="下一周"
            onPrev={() => moveWeek(-7)}
            onNext={() => moveWeek(7)}
          />
          <Schedule
            withDate
            sessions={week.data.sessions}
            onCancel={cancelSession}
            appointments={week.data.sessions.flatMap((s) => s.appointments)}
            emptyText="这一周没有接待日安排"
          />
        </View>
      )}
      {tab === 'follow-ups' && followUps.data && (
        <CellGroup
          title={followUps.data.overdueCount > 0 ? `其中 ${followUps.data.overdueCount} 件已逾期` : '按答复期限排列'}
          testId="follow-up-list"
        >
          {followUps.data.items.map((a) => (
            <AppointmentItem key={a.id} appointment={a} view="follow-up" />
          ))}
          {followUps.data.items.length === 0 && <EmptyView text="没有待答复的事项" />}
        </CellGroup>
      )}
    </PageContainer>
  );
}
