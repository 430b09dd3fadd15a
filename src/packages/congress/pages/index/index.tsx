import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, ChoiceChips, EmptyView, PageContainer, Tabs } from '@/components';
import {
  congressApi,
  currentSession,
  DisclosuresPanel,
  isMotionStatus,
  MotionsPanel,
  useCongress,
} from '@/features/congress';
import { useRequireSession } from '@/features/session';
import { readParam, ROUTES } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

const TABS = [
  { key: 'motions', label: '教代会提案' },
  { key: 'disclosures', label: '校务公开' },
] as const;
type Tab = (typeof TABS)[number]['key'];

export default function CongressPage() {
  const member = useRequireSession();
  const params = useRouter().params;
  const [tab, setTab] = useState<Tab>(readParam(params.tab) === 'disclosures' ? 'disclosures' : 'motions');
  const statusParam = readParam(params.status);
  const status = isMotionStatus(statusParam) ? statusParam : undefined;
  const refresh = useCongress((s) => s.refresh);
  const choose = useCongress((s) => s.choose);
  const sessions = useCongress((s) => (s.memberId === member?.id ? s.sessions : null));
  const session = useCongress(currentSession(member?.id));
  const manage = useCongress((s) => s.manage);
  const loader = usePageData(() => refresh(member!.id), { enabled: !!member });
  // Coming back from a motion may have changed its status: the tab's lists reload on show too.
  const onMotions = !!member && tab === 'motions' && !!session;
  const motions = usePageData(() => congressApi.listMotions(session!.id, status ? { status } : {}), {
    enabled: onMotions,
    deps: [session?.id, status],
  });
  const suggestions = usePageData(() => congressApi.listSuggestions(session!.id), {
    enabled: onMotions && (session!.delegate || session!.manage),
    deps: [session?.id],
  });
  const board = usePageData(() => congressApi.listDisclosures(), { enabled: !!member && tab === 'disclosures' });

  if (!member) return null;
  return (
    <PageContainer loading={loader.loading && !sessions} error={sessions ? null : loader.error} onRetry={loader.reload}>
      <View className="congress-tabs">
        <Tabs items={TABS} value={tab} onChange={setTab} testIdPrefix="congress-tab-" />
      </View>
      {tab === 'motions' && sessions && sessions.length > 1 && (
        <View className="congress-form__block">
          <ChoiceChips
            items={sessions.map((s) => ({ key: s.id, label: s.title }))}
            value={session?.id ?? null}
            onChange={(id) => {
              // Another session's lists are not shown under this one while it loads.
              motions.setData(() => undefined);
              suggestions.setData(() => undefined);
              choose(id);
            }}
            testIdPrefix="session-"
            shape="card"
          />
        </View>
      )}
      {tab === 'motions' && sessions && !session && (
        <EmptyView text="本工会还没有开设教代会会议，开设后可以在这里提出和查看提案" />
      )}
      {tab === 'motions' && session && (
        <MotionsPanel
          key={session.id}
          session={session}
          status={status}
          motions={motions}
          suggestions={suggestions}
          onSessionChange={() => void Promise.all([loader.reload(), motions.reload()])}
        />
      )}
      {tab === 'motions' && manage && (
        <View className="congress-actions">
          <Button
            onClick={() => void Taro.navigateTo({ url: ROUTES.congressManage })}
            testId="congress-manage"
            label="管理会议、代表与承办部门"
          >
            会议、代表与承办部门
          </Button>
        </View>
      )}
      {tab === 'disclosures' && <DisclosuresPanel board={board} />}
    </PageContainer>
  );
}
