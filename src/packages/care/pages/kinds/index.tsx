import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { Button, ErrorView, FormError, PageContainer, showSuccess } from '@/components';
import { isSchoolOfficer } from '@/features/assessment';
import { careApi, type CareKind } from '@/features/care';
import { KindEditor } from '@/features/care/components/kind-editor';
import { useRequireSession } from '@/features/session';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import { ApiError } from '@/services/http';
import '@/features/care/components/care.css';

const refuse = (message: string) => new ApiError('business', 400, 'LOCAL', message);

/** 慰问类别: the school adapts the built-in 五必访 list (rename, stop, add) to how it visits. */
export default function CareKindsPage() {
  const member = useRequireSession();
  const staff = isSchoolOfficer(member);
  const kinds = usePageData(careApi.listAllKinds, { enabled: staff, onShow: false });
  const [draft, setDraft] = useState<CareKind[] | null>(null);
  useEffect(() => {
    if (kinds.data) setDraft(kinds.data);
  }, [kinds.data]);
  const save = useAction(async () => {
    if (!draft) return;
    const items = draft.map((k) => ({ ...k, label: k.label.trim() }));
    const blank = items.findIndex((k) => !k.label);
    if (blank >= 0) throw refuse(`第 ${blank + 1} 个类别还没有名称`);
    if (!items.some((k) => k.active)) throw refuse('至少要启用一个慰问类别');
    const saved = await careApi.updateKinds(items);
    kinds.setData(() => saved);
    showSuccess('慰问类别已保存');
  });

  if (!member) return null;
  if (!staff)
    return (
      <PageContainer>
        <ErrorView title="无法查看" message="只有本校工会干事或主席可以调整慰问类别" />
      </PageContainer>
    );
  const saved = new Set(kinds.data?.map((k) => k.code));
  const change = (index: number, patch: Partial<CareKind>) =>
    setDraft((all) => all && all.map((k, i) => (i === index ? { ...k, ...patch } : k)));
  return (
    <PageContainer loading={kinds.loading && !draft} error={draft ? null : kinds.error} onRetry={kinds.reload}>
      {draft && (
        <>
          <View className="care-block" data-testid="kinds-intro">
            <View className="care-block__title">记录慰问时可选的类别</View>
            <View className="care-line">
              内置五必访（住院、结婚、生育、退休、丧亲）和节日慰问、困难帮扶、助学。可以改名、停用或新增；已有的记录保留当时的类别名称。
            </View>
            <View className="care-line care-line__meta">上级工会只按“汇总时归入”的归类统计次数和金额。</View>
          </View>
          {draft.map((k, i) => (
            <KindEditor
              key={k.code}
              index={i}
              kind={k}
              isNew={!saved.has(k.code)}
              onChange={(patch) => change(i, patch)}
              onRemove={() => setDraft((all) => all && all.filter((_, j) => j !== i))}
            />
          ))}
          <View className="care-actions">
            <Button
              onClick={() =>
                setDraft((all) => [
                  ...(all ?? []),
                  { code: `k-${Date.now().toString(36)}`, label: '', group: 'other', active: true },
                ])
              }
              testId="kind-add"
            >
              新增类别
            </Button>
            <FormError message={save.error} />
            <Button type="primary" loading={save.busy} onClick={() => void save.run()} testId="kinds-save">
              保存慰问类别
            </Button>
          </View>
        </>
      )}
    </PageContainer>
  );
}
