import Taro from '@tarojs/taro';
import { Cell, CellGroup } from '@/components';
import { ROUTES } from '@/lib/routes';
import { formatPercent } from '../format';
import type { SurveyRollup } from '../types';

/** The district account's 首页: this year's totals across its schools, one tap from each school's figures. */
export function RollupSummary({ rollup }: { rollup: SurveyRollup }) {
  const t = rollup.totals;
  return (
    <CellGroup title={`${rollup.year}年度各校会员评议`} testId="home-rollup">
      <Cell title="参评率（合计）" value={formatPercent(t.turnoutRate)} />
      <Cell title="满意率（合计）" value={formatPercent(t.satisfactionRate)} />
      <Cell title="计入合计的学校" value={`${t.schoolsCounted} / ${rollup.schools.length} 所`} />
      <Cell
        title="各校评议汇总"
        label="每所学校的参评率、满意率和是否达标"
        arrow
        testId="home-open-rollup"
        onClick={() => void Taro.navigateTo({ url: ROUTES.surveyRollup })}
      />
    </CellGroup>
  );
}
