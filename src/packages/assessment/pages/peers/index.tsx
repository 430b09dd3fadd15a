import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, Cell, CellGroup, EmptyView, FormError, PageContainer, showSuccess } from '@/components';
import { assessmentApi } from '@/features/assessment';
import { PeerPairForm } from '@/features/assessment/components/peer-pair-form';
import { addPair, ringPairs } from '@/features/assessment/peers';
import type { PeerPairInput } from '@/features/assessment/types';
import { useRequireSession } from '@/features/session';
import { readIdParam, ROUTES, withQuery } from '@/lib/routes';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import '@/features/assessment/components/assessment.css';

/** 片组互查: the upper union pairs its schools; a school sees the schools it is to look over. */
export default function PeerReviewsPage() {
  const member = useRequireSession();
  const roundId = readIdParam(useRouter().params.roundId) ?? 0;
  const data = usePageData(
    async () => {
      const peers = await assessmentApi.listPeers(roundId);
      // The schools an upper union may pair are those of the round that are below it: the roll-up's rows.
      const rollup = peers.canAssign ? await assessmentApi.getRollup(roundId) : null;
      return { peers, rollup };
    },
    { enabled: !!member },
  );
  const [draft, setDraft] = useState<PeerPairInput[] | null>(null);
  const save = useAction(async () => {
    await assessmentApi.assignPeers(roundId, draft ?? []);
    await data.reload();
    setDraft(null);
    showSuccess('互查安排已保存');
  });

  if (!member) return null;
  const d = data.data;
  const saved = d?.peers.pairs ?? [];
  const pairs = draft ?? saved.map((p) => ({ schoolId: p.schoolId, reviewerSchoolId: p.reviewerSchoolId }));
  const schools = d?.rollup?.schools ?? [];
  const nameOf = (id: number) =>
    schools.find((s) => s.unionId === id)?.unionName ??
    saved.find((p) => p.schoolId === id)?.schoolName ??
    saved.find((p) => p.reviewerSchoolId === id)?.reviewerName ??
    '';
  const commentOf = (pair: PeerPairInput) =>
    saved.find((p) => p.schoolId === pair.schoolId && p.reviewerSchoolId === pair.reviewerSchoolId)?.commentedAt;
  const openSelf = (schoolId: number) =>
    void Taro.navigateTo({ url: withQuery(ROUTES.assessmentSelf, { roundId, schoolId }) });
  return (
    <PageContainer loading={data.loading && !d} error={d ? null : data.error} onRetry={data.reload}>
      {d && !d.peers.canAssign && (
        <CellGroup title="我校要查看的学校" footer="打开对方的自评，看完后在页面下方填写互查意见。" testId="peer-mine">
          {saved.length === 0 && <EmptyView text="上级工会还没有安排我校参加互查" />}
          {saved.map((p) => (
            <Cell
              key={p.schoolId}
              title={p.schoolName}
              label={p.commentedAt ? '已填写互查意见' : '尚未填写互查意见'}
              arrow
              testId={`peer-open-${p.schoolId}`}
              onClick={() => openSelf(p.schoolId)}
            />
          ))}
        </CellGroup>
      )}
      {d?.peers.canAssign && (
        <>
          <View className="as-summary" data-testid="peer-summary">
            <View className="as-summary__title">{d.rollup?.round.title}</View>
            <View>安排哪所学校查看哪所学校的自评。被查看的学校和上级工会都能看到互查意见。</View>
          </View>
          <CellGroup title={`互查安排（${pairs.length} 对）`} testId="peer-pairs">
            {pairs.length === 0 && <EmptyView text="还没有安排互查" />}
            {pairs.map((p) => (
              <View
                key={`${p.schoolId}-${p.reviewerSchoolId}`}
                className="as-files__row as-peer"
                data-testid={`peer-${p.schoolId}-${p.reviewerSchoolId}`}
              >
                <View className="as-tree__body">
                  <View className="as-tree__name">{nameOf(p.schoolId)}</View>
                  <View className="as-tree__meta">由{nameOf(p.reviewerSchoolId)}查看</View>
                  <View className="as-tree__meta">{commentOf(p) ? '已填写互查意见' : '尚未填写互查意见'}</View>
                </View>
                <Button
                  size="small"
                  type="warn"
                  label={`移除：${nameOf(p.reviewerSchoolId)}查看${nameOf(p.schoolId)}`}
                  onClick={() => setDraft(pairs.filter((q) => q !== p))}
                >
                  移除
                </Button>
              </View>
            ))}
          </CellGroup>
          {schools.length >= 2 ? (
            <>
              <View className="as-actions">
                <Button onClick={() => setDraft(ringPairs(schools.map((s) => s.unionId)))} testId="peer-ring">
                  按名单顺序轮流互查
                </Button>
                <View className="as-row__meta">每所学校查看名单中下一所学校，最后一所查看第一所。</View>
              </View>
              <PeerPairForm
                schools={schools}
                onAdd={(pair) => {
                  const next = addPair(pairs, pair);
                  if (typeof next === 'string') return next;
                  setDraft(next);
                  return null;
                }}
              />
            </>
          ) : (
            <EmptyView text="本次评家中本工会之下不足两所学校，无法安排互查" />
          )}
          <View className="as-actions">
            {draft && <View className="as-row__meta">安排有改动，保存后才生效。</View>}
            <FormError message={save.error} />
            <Button
              type="primary"
              disabled={!draft}
              loading={save.busy}
              onClick={() => void save.run()}
              testId="peer-save"
            >
              保存互查安排
            </Button>
            <View className="as-row__meta">保留的安排不影响已填写的意见；移除的安排连同意见一起删除。</View>
          </View>
        </>
      )}
    </PageContainer>
  );
}
