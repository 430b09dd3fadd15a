import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y, Button, FormError, PageContainer, showSuccess } from '@/components';
import { assessmentApi, type SelfAssessment, STATUS_LABELS } from '@/features/assessment';
import { EvidenceFiles } from '@/features/assessment/components/evidence-files';
import { ItemCard, type ReviewDraft } from '@/features/assessment/components/item-card';
import { LeadershipForm } from '@/features/assessment/components/leadership-form';
import { PeerCommentForm } from '@/features/assessment/components/peer-comment-form';
import { ReviewPanel } from '@/features/assessment/components/review-panel';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import '@/features/assessment/components/assessment.css';

/** One school's self-assessment: filled in by its staff, reviewed by the union that opened the round. */
export default function SelfAssessmentPage() {
  const member = useRequireSession();
  const params = useRouter().params;
  const roundId = readIdParam(params.roundId) ?? 0;
  const schoolId = readIdParam(params.schoolId) ?? 0;
  // Not again on show: picking evidence photos leaves the page and comes back, which is no reason to read it all.
  const view = usePageData(() => assessmentApi.getSelfAssessment(roundId, schoolId), {
    enabled: !!member,
    onShow: false,
  });
  const [drafts, setDrafts] = useState<Record<string, ReviewDraft>>({});
  const replace = (next: SelfAssessment) => view.setData(() => next);
  const submit = useAction(async () => {
    replace(await assessmentApi.submitSelfAssessment(roundId, schoolId));
    showSuccess('已提交上级工会');
  });

  if (!member) return null;
  const data = view.data;
  const mode = data?.editable ? 'fill' : data?.reviewable ? 'review' : 'read';
  const areas = data ? [...new Set(data.items.map((i) => i.area))] : [];
  return (
    <PageContainer loading={view.loading && !data} error={data ? null : view.error} onRetry={view.reload}>
      {data && (
        <>
          <View className="as-summary" data-testid="self-summary">
            <View className="as-summary__title">{data.union.name}</View>
            <View>{data.round.title}</View>
            <View>
              状态：<Text data-testid="self-status">{STATUS_LABELS[data.status]}</Text>
              {data.result ? `（${data.result}）` : ''}
            </View>
            <View>
              自评合计 {data.selfTotal} 分 / 满分 {data.round.totalPoints} 分
              {data.reviewTotal !== null ? `；评审 ${data.reviewTotal} 分` : ''}
            </View>
            {data.reviewComment && <View>上级意见：{data.reviewComment}</View>}
          </View>
          {areas.map((area) => (
            <View key={area}>
              <View className="as-area" {...a11y({ role: 'heading' })} aria-level={2}>
                {area}
              </View>
              {data.items
                .filter((i) => i.area === area)
                .map((item) => (
                  <ItemCard
                    key={`${item.key}-${data.status}`}
                    item={item}
                    mode={mode}
                    onSave={async (score, evidence) => {
                      replace(await assessmentApi.saveItem(roundId, schoolId, item.key, score, evidence));
                      showSuccess('已保存');
                    }}
                    review={
                      drafts[item.key] ?? {
                        score: item.reviewScore === null ? '' : String(item.reviewScore),
                        comment: item.reviewComment,
                      }
                    }
                    onReview={(d) => setDrafts((all) => ({ ...all, [item.key]: d }))}
                    files={
                      <EvidenceFiles
                        item={item}
                        where={{ roundId, schoolId }}
                        editable={data.editable}
                        onChange={replace}
                      />
                    }
                  />
                ))}
            </View>
          ))}
          <LeadershipForm
            key={data.status}
            assessment={data}
            onSave={async (rating, note) => {
              replace(await assessmentApi.saveLeadership(roundId, schoolId, rating, note));
              showSuccess('已保存');
            }}
          />
          {data.viewer === 'peer' && (
            <PeerCommentForm
              initial={data.peerReviews.find((p) => p.reviewerUnionId === member.union.id)?.comment ?? ''}
              onSave={async (comment) => {
                replace(await assessmentApi.savePeerReview(roundId, schoolId, comment));
                showSuccess('已保存');
              }}
            />
          )}
          {data.peerReviews.length > 0 && (
            <View className="as-block">
              <View className="as-block__title">片组互查意见</View>
              {data.peerReviews.map((p) => (
                <View key={p.reviewerUnionId} className="as-row">
                  {p.reviewerName}：{p.comment || '尚未填写'}
                </View>
              ))}
            </View>
          )}
          {data.editable && (
            <View className="as-actions">
              <FormError message={submit.error} />
              <Button type="primary" loading={submit.busy} onClick={() => void submit.run()} testId="submit-self">
                提交上级工会
              </Button>
              <View className="as-row__meta">提交后不能修改，除非上级工会退回。</View>
            </View>
          )}
          {data.reviewable && (
            <ReviewPanel
              assessment={data}
              drafts={drafts}
              onSubmit={async (input) => {
                replace(await assessmentApi.reviewSelfAssessment(roundId, schoolId, input));
                showSuccess(input.decision === 'accept' ? '已评定' : '已退回');
              }}
            />
          )}
        </>
      )}
    </PageContainer>
  );
}
