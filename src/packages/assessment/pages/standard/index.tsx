import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { Button, ErrorView, FormError, PageContainer, showSuccess } from '@/components';
import { assessmentApi, isUpperOfficer, SOURCE_LABELS, type Standard } from '@/features/assessment';
import { type ItemDraft, StandardItemEditor } from '@/features/assessment/components/standard-item-editor';
import { useRequireSession } from '@/features/session';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import { ApiError } from '@/services/http';
import '@/features/assessment/components/assessment.css';

const toDrafts = (standard: Standard): ItemDraft[] => standard.items.map((i) => ({ ...i, points: String(i.points) }));
const refuse = (message: string) => new ApiError('business', 400, 'LOCAL', message);
const total = (drafts: ItemDraft[]) => drafts.reduce((sum, d) => sum + (Number(d.points) || 0), 0);
/** 组织建设 20 分 · 民主管理 15 分 …: how the points fall across the areas, in the order they first come. */
const byArea = (drafts: ItemDraft[]) =>
  [...new Set(drafts.map((d) => d.area.trim()).filter(Boolean))]
    .map((area) => `${area} ${total(drafts.filter((d) => d.area.trim() === area))} 分`)
    .join(' · ');

/** 评价标准: the upper union adapts the items (area, content, points, evidence) and publishes them. */
export default function AssessmentStandardPage() {
  const member = useRequireSession();
  const standard = usePageData(assessmentApi.getStandard, { enabled: isUpperOfficer(member), onShow: false });
  const [drafts, setDrafts] = useState<ItemDraft[] | null>(null);
  // Loaded or just published: the drafts start again from what the server holds.
  useEffect(() => {
    if (standard.data) setDrafts(toDrafts(standard.data));
  }, [standard.data]);
  const publish = useAction(async () => {
    if (!drafts?.length) throw refuse('标准至少要有一条');
    drafts.forEach((d, i) => {
      if (!d.area.trim() || !d.title.trim()) throw refuse(`第 ${i + 1} 条缺少类别或考核内容`);
      const points = Number(d.points);
      if (!Number.isInteger(points) || points < 1 || points > 100)
        throw refuse(`第 ${i + 1} 条的分值请填 1 到 100 的整数`);
    });
    if (total(drafts) > 200) throw refuse('各条分值合计不能超过 200 分');
    const saved = await assessmentApi.updateStandard(drafts.map((d) => ({ ...d, points: Number(d.points) })));
    standard.setData(() => saved);
    showSuccess('标准已发布');
  });

  if (!member) return null;
  if (!isUpperOfficer(member))
    return (
      <PageContainer>
        <ErrorView title="无法查看" message="只有上级工会可以修订评价标准" />
      </PageContainer>
    );
  const change = (index: number, patch: Partial<ItemDraft>) =>
    setDrafts((all) => all && all.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  const add = () =>
    setDrafts((all) => [
      ...(all ?? []),
      {
        key: `n-${Date.now().toString(36)}`,
        area: all?.at(-1)?.area ?? '',
        title: '',
        points: '5',
        evidence: '',
        figure: null,
      },
    ]);
  return (
    <PageContainer
      loading={standard.loading && !drafts}
      error={drafts ? null : standard.error}
      onRetry={standard.reload}
    >
      {drafts && standard.data && (
        <>
          <View className="as-summary" data-testid="std-summary">
            <View className="as-summary__title">{standard.data.unionName}的评价标准</View>
            <View>现在使用：{SOURCE_LABELS[standard.data.source]}</View>
            <View data-testid="std-total">
              共 {drafts.length} 条，合计 {total(drafts)} 分
            </View>
            <View className="as-row__meta">{byArea(drafts)}</View>
            <View className="as-row__meta">
              改完点最下面的“发布标准”才生效。发布后新开启的评家按新标准；已开启的评家不受影响。
            </View>
          </View>
          {drafts.map((d, i) => (
            <StandardItemEditor
              key={d.key}
              index={i}
              item={d}
              onChange={(patch) => change(i, patch)}
              onRemove={() => setDrafts((all) => all && all.filter((_, j) => j !== i))}
            />
          ))}
          <View className="as-actions">
            <Button onClick={add} testId="std-add">
              添加一条
            </Button>
            <FormError message={publish.error} />
            <Button type="primary" loading={publish.busy} onClick={() => void publish.run()} testId="std-publish">
              发布标准
            </Button>
          </View>
        </>
      )}
    </PageContainer>
  );
}
