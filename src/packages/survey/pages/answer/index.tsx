import { useEffect, useMemo, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, ErrorView, PageContainer } from '@/components';
import { useRequireSession } from '@/features/session';
import { type AnswerMap, formatDay, progressStore, type Receipt, restoreAnswers, surveyApi } from '@/features/survey';
import { AnswerForm } from '@/features/survey/components/answer-form';
import { ReceiptCard } from '@/features/survey/components/receipt-card';
import { SurveyHead } from '@/features/survey/components/survey-head';
import { openResultsPage } from '@/features/survey/components/survey-cells';
import { readIdParam, ROUTES } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';
import { storage } from '@/services/storage';
import './index.css';

const NOT_ANSWERABLE = { draft: '评议尚未发布', scheduled: '评议尚未开始', closed: '评议已结束' } as const;

/** Answering: progress stays on the phone until the one submit; afterwards, the receipt. */
export default function AnswerPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id);
  // Loaded once: answering is not interrupted by a reload when the member comes back to the page.
  const survey = usePageData(() => surveyApi.getSurvey(id ?? 0), { enabled: !!member && !!id, onShow: false });
  const [answers, setAnswers] = useState<AnswerMap>({});
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const memberId = member?.id;
  const progress = useMemo(() => (memberId && id ? progressStore(storage, memberId, id) : null), [memberId, id]);

  useEffect(() => {
    if (!survey.data || !progress) return;
    // Answered (here or on another phone): a leftover draft has nothing more to do.
    if (survey.data.answered) progress.clear();
    else setAnswers(restoreAnswers(survey.data.questions, progress.load()));
  }, [survey.data, progress]);

  const change = (next: AnswerMap) => {
    setAnswers(next);
    progress?.save(next);
  };
  const submitted = (r: Receipt) => {
    progress?.clear();
    setReceipt(r);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  };
  const alreadyAnswered = () => {
    progress?.clear();
    void survey.reload();
  };

  if (!member) return null;
  if (!id)
    return (
      <PageContainer>
        <ErrorView title="评议不存在" message="链接有误或评议已删除" />
      </PageContainer>
    );
  const s = survey.data;
  const back = (
    <Button onClick={() => Taro.navigateBack().catch(() => Taro.redirectTo({ url: ROUTES.survey }))}>返回</Button>
  );
  return (
    <PageContainer loading={survey.loading} error={survey.error} onRetry={survey.reload}>
      {s && <SurveyHead survey={s} showIntro={!receipt && !s.answered && s.phase === 'open'} />}
      {s && (receipt || s.answered) && (
        <>
          <ReceiptCard code={receipt?.receiptCode ?? s.receiptCode} fresh={!!receipt} />
          <View className="sv-page-actions">{back}</View>
        </>
      )}
      {s && !receipt && !s.answered && s.phase !== 'open' && (
        <>
          <ErrorView
            compact
            title={NOT_ANSWERABLE[s.phase]}
            message={
              s.phase === 'closed'
                ? '感谢关注，本次评议已不再接受答卷。'
                : `${formatDay(s.opensOn)}开始，届时再来参评。`
            }
          />
          <View className="sv-page-actions">
            {s.phase === 'closed' && s.resultsVisible && (
              <Button type="primary" onClick={() => openResultsPage(s.id)}>
                查看结果
              </Button>
            )}
            {back}
          </View>
        </>
      )}
      {s && !receipt && !s.answered && s.phase === 'open' && !s.inAudience && (
        <ErrorView compact title="不在参评范围内" message="本次评议只请部分分工会的会员参加。" />
      )}
      {s && !receipt && !s.answered && s.phase === 'open' && s.inAudience && (
        <AnswerForm
          surveyId={s.id}
          questions={s.questions}
          answers={answers}
          onChange={change}
          onSubmitted={submitted}
          onAlreadyAnswered={alreadyAnswered}
        />
      )}
    </PageContainer>
  );
}
