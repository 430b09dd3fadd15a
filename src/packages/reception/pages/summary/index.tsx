import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, ErrorView, PageContainer } from '@/components';
import { useAction } from '@/lib/use-action';
import {
  managesReception,
  monthLabel,
  monthOf,
  openWorkbook,
  PeriodNav,
  receptionApi,
  shiftMonth,
  SummaryView,
} from '@/features/reception';
import { useRequireSession } from '@/features/session';
import { usePageData } from '@/lib/use-page-data';
import './index.css';

export default function ReceptionSummaryPage() {
  const member = useRequireSession();
  const [month, setMonth] = useState(monthOf());
  const manages = managesReception(member);
  const summary = usePageData(() => receptionApi.getSummary(month), { enabled: manages, onShow: false, deps: [month] });

  const exportMonthAction = useAction(
    async () => {
      await openWorkbook(receptionApi.summaryExportPath(month), `主席接待日-${month}.xlsx`);
    },
    { toast: true },
  );
  const exporting = exportMonthAction.busy;
  const exportMonth = () => void exportMonthAction.run();

  if (!member) return null;
  if (!manages) {
    return (
      <PageContainer>
        <ErrorView title="无法查看" message="只有本工会的工会主席和工会干事可以查看月度汇总" />
      </PageContainer>
    );
  }
  return (
    <PageContainer
      loading={summary.loading}
      error={summary.error}
      onRetry={summary.reload}
      className="reception-summary"
    >
      <PeriodNav
        label={monthLabel(month)}
        prevText="上月"
        nextText="下月"
        nextDisabled={month >= monthOf()}
        onPrev={() => setMonth((m) => shiftMonth(m, -1))}
        onNext={() => setMonth((m) => shiftMonth(m, 1))}
      />
      {summary.data && <SummaryView summary={summary.data} />}
      <View className="ui-form-actions">
        <Button type="primary" loading={exporting} onClick={exportMonth} testId="summary-export">
          导出 Excel
        </Button>
      </View>
    </PageContainer>
  );
}
