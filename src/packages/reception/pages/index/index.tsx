import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CellGroup, EmptyView, Loading, PageContainer, Tabs } from '@/components';
import { AppointmentItem, DeskCard, receptionApi, SessionCard } from '@/features/reception';
import { useRequireSession } from '@/features/session';
import { readParam, ROUTES, withQuery } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';
import './index.css';

const TABS = [
  { key: 'sessions', label: '预约接待' },
  { key: 'mine', label: '我的预约' },
] as const;
type Tab = (typeof TABS)[number]['key'];

export default function ReceptionPage() {
  const member = useRequireSession();
  const [tab, setTab] = useState<Tab>(readParam(useRouter().params.tab) === 'mine' ? 'mine' : 'sessions');
  const desk = useLoader(receptionApi.getDesk);
  const sessions = useLoader(receptionApi.listSessions);
  const mine = useLoader(receptionApi.listMine);
  const current = tab === 'sessions' ? sessions : mine;

  const refresh = (which: Tab = tab) => Promise.all([desk.reload(), (which === 'sessions' ? sessions : mine).reload()]);
  // Every return here (from booking, from an appointment) may have changed the lists.
  usePageRefresh(() => refresh(), { enabled: !!member });

  const switchTo = (next: Tab) => {
    setTab(next);
    void (next === 'sessions' ? sessions : mine).reload();
  };

  if (!member) return null;
  const officer = desk.data && (desk.data.canManage || desk.data.isReceiver);
  return (
    <PageContainer loading={current.loading} error={current.error} onRetry={current.reload} className="reception">
      {officer && <DeskCard desk={desk.data!} />}
      <View className="reception__tabs">
        <Tabs items={TABS} value={tab} onChange={switchTo} testIdPrefix="reception-tab-" />
      </View>
      {!current.data && current.loading && <Loading />}
      {tab === 'sessions' && sessions.data && (
        <View data-testid="session-list">
          <Text className="reception__intro">
            面对面向工会主席反映工作、生活中的问题和建议。选一场接待日，再选一个时段。
          </Text>
          {sessions.data.map((s) => (
            <SessionCard
              key={s.id}
              session={s}
              onClick={() => Taro.navigateTo({ url: withQuery(ROUTES.receptionBook, { id: s.id }) })}
            />
          ))}
          {sessions.data.length === 0 && <EmptyView text="近期没有安排接待日" />}
        </View>
      )}
      {tab === 'mine' && mine.data && (
        <CellGroup testId="my-appointments">
          {mine.data.map((a) => (
            <AppointmentItem key={a.id} appointment={a} view="member" />
          ))}
          {mine.data.length === 0 && <EmptyView text="您还没有预约过接待日" />}
        </CellGroup>
      )}
    </PageContainer>
  );
}
