import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y, Button, EmptyView, FormError, PageContainer } from '@/components';
import { assessmentApi, leadershipLabel, STATUS_LABELS } from '@/features/assessment';
import { useRequireSession } from '@/features/session';
import { readIdParam, ROUTES, withQuery } from '@/lib/routes';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import { openApiWorkbook } from '@/services/download';
import '@/features/assessment/components/assessment.css';

/** An upper union's roll-up of one round: every school below it, scores and results, never a member's answer. */
export default function AssessmentRollupPage() {
  const member = useRequireSession();
  const roundId = readIdParam(useRouter().params.roundId) ?? 0;
  const rollup = usePageData(() => assessmentApi.getRollup(roundId), { enabled: !!member });
  const download = useAction(() =>
    openApiWorkbook(assessmentApi.rollupFilePath(roundId), '建家评家汇总.xlsx', {
      403: '只有上级工会可以导出汇总',
      other: '导出失败，请稍后再试',
    }),
  );

  if (!member) return null;
  const data = rollup.data;
  return (
    <PageContainer loading={rollup.loading && !data} error={data ? null : rollup.error} onRetry={rollup.reload}>
      {data && (
        <>
          <View className="as-summary" data-testid="rollup-totals">
            <View className="as-summary__title">{data.round.title}</View>
            <View>
              {data.viewerName} · 共 {data.totals.schools} 所学校，已提交 {data.totals.submitted} 所，已评定{' '}
              {data.totals.accepted} 所
            </View>
            <View>{data.totals.byResult.map((r) => `${r.result} ${r.count} 所`).join('，')}</View>
          </View>
          <View className="as-block" data-testid="rollup-schools">
            {data.schools.length === 0 && <EmptyView text="本工会之下还没有学校" />}
            {data.schools.map((s) => (
              <View
                key={s.unionId}
                className="as-row"
                hoverClass="ui-cell--hover"
                data-testid={`rollup-school-${s.unionId}`}
                {...a11y({ role: 'link' })}
                onClick={() =>
                  void Taro.navigateTo({ url: withQuery(ROUTES.assessmentSelf, { roundId, schoolId: s.unionId }) })
                }
              >
                <View className="as-row__name">{s.unionName}</View>
                <View className="as-row__meta">
                  {s.parentName} · <Text>{STATUS_LABELS[s.status]}</Text>
                  {s.result ? ` · 评定：${s.result}` : ''}
                </View>
                <View className="as-row__meta">
                  自评 {s.selfTotal ?? '—'} 分 · 评审 {s.reviewTotal ?? '—'} 分 · 会员评家满意率{' '}
                  {s.satisfactionRate === null ? '—' : `${s.satisfactionRate}%`} · 党政评价{' '}
                  {leadershipLabel(s.leadershipRating)}
                </View>
              </View>
            ))}
          </View>
          <View className="as-actions">
            <FormError message={download.error} />
            <Button loading={download.busy} onClick={() => void download.run()} testId="export-rollup">
              导出汇总表（Excel）
            </Button>
            <View className="as-row__meta">满意率不足 5 份答卷时显示“—”，以免推知个人的评价。</View>
          </View>
        </>
      )}
    </PageContainer>
  );
}
