import Taro, { useRouter } from '@tarojs/taro';
import { ErrorView, PageContainer, showSuccess } from '@/components';
import { useRequireSession } from '@/features/session';
import { canManageSurveys, type SurveyDetail, surveyApi } from '@/features/survey';
import { SurveyForm } from '@/features/survey/components/survey-form';
import { beijingToday, blankInput, fromDetail, fromTemplate } from '@/features/survey/form-model';
import { readIdParam, readParam, ROUTES, withQuery } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

/** A new draft (from the standard template or blank) or an existing draft, until it is published. */
export default function SurveyEditPage() {
  const member = useRequireSession();
  const params = useRouter().params;
  const id = readIdParam(params.id) ?? undefined;
  const template = readParam(params.template) === 'standard';
  const allowed = !!member && canManageSurveys(member);
  // Loaded once: the form holds the officer's edits from then on.
  const start = usePageData(
    async () => {
      const today = beijingToday();
      const branches = await surveyApi.listSurveyBranches();
      if (id) return { branches, input: fromDetail(await surveyApi.getSurvey(id)) };
      return {
        branches,
        input: template ? fromTemplate(await surveyApi.getSurveyTemplate(), today) : blankInput(today),
      };
    },
    { enabled: allowed, onShow: false },
  );

  const saved = (survey: SurveyDetail) => {
    showSuccess('已保存');
    // The results page of a draft is its preview, with 发布 and 编辑.
    const url = withQuery(ROUTES.surveyResults, { id: survey.id });
    setTimeout(() => void (id ? Taro.navigateBack() : Taro.redirectTo({ url })), 600);
  };

  if (!member) return null;
  if (!canManageSurveys(member)) {
    return (
      <PageContainer>
        <ErrorView title="无法编辑" message="只有本工会的工会干事或工会主席可以编辑评议" />
      </PageContainer>
    );
  }
  return (
    <PageContainer loading={start.loading} error={start.error} onRetry={start.reload}>
      {start.data && (
        <SurveyForm surveyId={id} initial={start.data.input} branches={start.data.branches} onSaved={saved} />
      )}
    </PageContainer>
  );
}
