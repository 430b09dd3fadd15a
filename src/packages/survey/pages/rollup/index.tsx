import { useEffect, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { ErrorView, PageContainer, Tabs } from '@/components';
import { useRequireSession } from '@/features/session';
import { isSupervisor, surveyApi } from '@/features/survey';
import { RollupView } from '@/features/survey/components/rollup-view';
import { beijingToday } from '@/features/survey/form-model';
import { useLoader } from '@/lib/use-loader';

const THIS_YEAR = Number(beijingToday().slice(0, 4));
const YEARS = [THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2].map((y) => ({ key: String(y), label: `${y}年度` }));

/** The district union: each school's 参评率 and 满意率 and the totals, never an individual answer. */
export default function SurveyRollupPage() {
  const member = useRequireSession();
  const [year, setYear] = useState(String(THIS_YEAR));
  const rollup = useLoader(() => surveyApi.getSurveyRollup(Number(year)));
  const { reload } = rollup;
  const allowed = isSupervisor(member);

  useEffect(() => {
    if (allowed) void reload();
  }, [allowed, year, reload]);
  usePullDownRefresh(() => void reload().then(() => Taro.stopPullDownRefresh()));

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
