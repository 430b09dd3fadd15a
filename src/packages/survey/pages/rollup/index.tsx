import { useState } from 'react';
import { ErrorView, PageContainer, Tabs } from '@/components';
import { useRequireSession } from '@/features/session';
import { isSupervisor, surveyApi } from '@/features/survey';
import { RollupView } from '@/features/survey/components/rollup-view';
import { beijingToday } from '@/features/survey/form-model';
import { usePageData } from '@/lib/use-page-data';

const THIS_YEAR = Number(beijingToday().slice(0, 4));
const YEARS = [THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2].map((y) => ({ key: String(y), label: `${y}年度` }));

/** The district union: each school's 参评率 and 满意率 and the totals, never an individual answer. */
export default function SurveyRollupPage() {
  const member = useRequireSession();
  const [year, setYear] = useState(String(THIS_YEAR));
  const allowed = isSupervisor(member);
  const rollup = usePageData(() => surveyApi.getSurveyRollup(Number(year)), {
    enabled: allowed,
    deps: [year],
    onShow: false,
  });
  const { reload } = rollup;

  if (!member) return null;
  if (!allowed)
    return (
      <PageContainer>
        <ErrorView title="无法查看" message="只有上级工会可以查看各校评议汇总" />
      </PageContainer>
    );
  return (
    <PageContainer loading={rollup.loading} error={rollup.error} onRetry={reload}>
      <Tabs items={YEARS} value={year} onChange={setYear} testIdPrefix="rollup-year-" />
      {rollup.data && String(rollup.data.year) === year && <RollupView rollup={rollup.data} />}
    </PageContainer>
  );
}
