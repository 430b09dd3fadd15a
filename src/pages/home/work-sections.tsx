import { Loading } from '@/components';
import { getOverview } from '@/features/admin/api';
import { WorkSummary } from '@/features/admin/components/work-summary';
import { getSurveyRollup } from '@/features/survey/api';
import { RollupSummary } from '@/features/survey/components/rollup-summary';
import { beijingToday } from '@/features/survey/form-model';
import { usePageData } from '@/lib/use-page-data';

// Imported file by file, not through the features' index files, so 首页 (main package) does not
// pull in the 工作台's and the survey's pages.
// Counts change while the officer works elsewhere: each section refreshes each time 首页 comes back.

/** An officer's counts and desks, first on 首页. */
export function OfficerWork({ withDesks }: { withDesks: boolean }) {
  const overview = usePageData(getOverview);
  if (overview.data) return <WorkSummary overview={overview.data} withDesks={withDesks} />;
  // Without the counts the card is not worth an error here: the 工作台 is also on 我的.
  return overview.loading ? <Loading /> : null;
}

/** The district union's own work: this year's roll-up across its schools. */
export function DistrictRollup() {
  const rollup = usePageData(() => getSurveyRollup(Number(beijingToday().slice(0, 4))));
  if (rollup.data) return <RollupSummary rollup={rollup.data} />;
  return rollup.loading ? <Loading /> : null;
}
