import { useState } from 'react';
import { CellGroup, EmptyView, ErrorView, PageContainer, showSuccess, Tabs } from '@/components';
import { handlesHelp, helpApi, openCase, VisitRow } from '@/features/help';
import { useRequireSession } from '@/features/session';
import { usePageData } from '@/lib/use-page-data';

const TABS = [
  { key: 'due', label: '近期到期' },
  { key: 'planned', label: '全部计划' },
  { key: 'done', label: '已回访' },
] as const;
type Scope = (typeof TABS)[number]['key'];

export default function HelpVisitsPage() {
  const member = useRequireSession();
  const handles = handlesHelp(member);
  const [scope, setScope] = useState<Scope>('due');
  const list = usePageData(() => helpApi.listHelpVisits(scope), { enabled: handles, deps: [scope], onShow: false });
  const { reload, setData } = list;

  if (!member) return null;
  if (!handles) {
    return (
      <PageContainer>
        <ErrorView title="无法查看" message="只有本工会的工会干事和工会主席可以查看回访" />
      </PageContainer>
    );
  }
  const complete = (id: number) => (outcome: string) =>
    helpApi.completeHelpVisit(id, outcome).then(() => {
      showSuccess('已登记');
      return reload();
    });
  const empty = { due: '一周内没有到期的回访', planned: '没有计划中的回访', done: '还没有回访记录' }[scope];
  return (
    <PageContainer loading={list.loading} error={list.error} onRetry={reload}>
      <Tabs
        items={TABS}
        value={scope}
        onChange={(next) => {
          setData(() => undefined);
          setScope(next);
        }}
        testIdPrefix="help-visits-"
      />
      <CellGroup testId="help-visit-list">
        {list.data?.map((visit) => (
          <VisitRow
            key={visit.id}
            visit={visit}
            onComplete={complete(visit.id)}
            onOpenCase={() => openCase(visit.requestId)}
          />
        ))}
        {list.data && list.data.length === 0 && <EmptyView text={empty} />}
      </CellGroup>
    </PageContainer>
  );
}
