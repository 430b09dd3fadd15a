import { useEffect, useState } from 'react';
import { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { ErrorView, PageContainer } from '@/components';
import { useRequireSession } from '@/features/session';
import { surveyApi } from '@/features/survey';
import { DraftPreview } from '@/features/survey/components/draft-preview';
import { ResultsView } from '@/features/survey/components/results-view';
import { StaffActions } from '@/features/survey/components/staff-actions';
import { SurveyHead } from '@/features/survey/components/survey-head';
import { readIdParam } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';

// While an evaluation is open its turnout is counted again this often.
const LIVE_REFRESH_MS = 30_000;

/** One evaluation for staff (with what they can do at this stage) or its published results. */
export default function SurveyResultsPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id) ?? 0;
  const survey = useLoader(() => surveyApi.getSurvey(id));
  const results = useLoader(() => surveyApi.getSurveyResults(id));
  const reload = () => survey.reload().then(() => results.reload());
  const [visible, setVisible] = useState(true);

  // Returning from the editor, or reopening the page, shows the current state.
  usePageRefresh(reload, { enabled: !!member && !!id });
  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));

  const live = results.data?.survey.phase === 'open';
  const reloadResults = results.reload;
  useEffect(() => {
    if (!live || !visible) return undefined;
    const timer = setInterval(() => void reloadResults(), LIVE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [live, visible, reloadResults]);

  if (!member) return null;
  if (!id)
    return (
      <PageContainer>
        <ErrorView title="评议不存在" message="链接有误或评议已删除" />
      </PageContainer>
    );
  const s = survey.data;
  const draft = s?.phase === 'draft';
  const loading = survey.loading || (!draft && results.loading);
  return (
    <PageContainer loading={loading} error={survey.error ?? (draft ? null : results.error)} onRetry={reload}>
      {s && <SurveyHead survey={s} />}
      {s?.canManage && <StaffActions survey={s} onChanged={() => void reload()} />}
      {s && draft && <DraftPreview survey={s} />}
      {s && !draft && results.data && <ResultsView results={results.data} />}
    </PageContainer>
  );
}
