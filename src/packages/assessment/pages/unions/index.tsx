import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import {
  Button,
  CellGroup,
  ChoiceChips,
  ErrorView,
  FormError,
  FormField,
  PageContainer,
  showSuccess,
  TextField,
} from '@/components';
import {
  assessmentApi,
  CHILD_KINDS,
  isUpperOfficer,
  UNION_KIND_LABELS,
  type UnionKind,
  type UnionNode,
} from '@/features/assessment';
import { PickerValue } from '@/features/assessment/components/picker-value';
import { useRequireSession } from '@/features/session';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import { ApiError } from '@/services/http';
import '@/features/assessment/components/assessment.css';

type NewKind = 'city' | 'district' | 'school';
const depthClass = (depth: number) => (depth > 0 ? ` as-tree__node--d${Math.min(depth, 3)}` : '');

/** 工会组织: the upper union's tree, any depth, and a new district or school union below it. */
export default function UnionsPage() {
  const member = useRequireSession();
  const upper = isUpperOfficer(member);
  const tree = usePageData(assessmentApi.listUnions, { enabled: upper });
  const [parentId, setParentId] = useState<number | null>(null);
  const [kind, setKind] = useState<NewKind>('school');
  const [name, setName] = useState('');

  const nodes = tree.data ?? [];
  // Only a city or district union can hold others; the caller's own union is the first choice.
  const parents = nodes.filter((n) => CHILD_KINDS[n.kind]);
  const parent = parents.find((p) => p.id === parentId) ?? parents[0];
  const kinds = (parent && CHILD_KINDS[parent.kind]) || [];
  const chosenKind = kinds.includes(kind) ? kind : kinds[0];
  const create = useAction(async () => {
    if (!parent || !chosenKind) return;
    if (!name.trim()) throw new ApiError('business', 400, 'LOCAL', '请填写工会名称');
    const created = await assessmentApi.createUnion({ parentId: parent.id, kind: chosenKind, name: name.trim() });
    await tree.reload();
    setName('');
    showSuccess(`已建立${created.name}`);
  });

  if (!member) return null;
  if (!upper)
    return (
      <PageContainer>
        <ErrorView title="无法查看" message="只有上级工会可以查看和新建下属工会" />
      </PageContainer>
    );
  const childCount = (node: UnionNode) => nodes.filter((n) => n.parentId === node.id).length;
  return (
    <PageContainer loading={tree.loading && !tree.data} error={tree.data ? null : tree.error} onRetry={tree.reload}>
      {tree.data && (
        <>
          <CellGroup
            title={`本工会及下属工会（共 ${nodes.length} 个）`}
            footer="分工会由各校在“分工会管理”中建立，这里不列出。会员人数为在册会员。"
            testId="union-tree"
          >
            <View className="as-block">
              {nodes.map((n) => (
                <View
                  key={n.id}
                  className={`as-tree__node${depthClass(n.depth)}`}
                  data-testid={`union-${n.id}`}
                  aria-label={`${n.name}，${UNION_KIND_LABELS[n.kind]}，第 ${n.depth + 1} 级，${n.memberCount} 名会员`}
                >
                  <View className="as-tree__body">
                    <View className="as-tree__name">{n.name}</View>
                    <View className="as-tree__meta">
                      {UNION_KIND_LABELS[n.kind]} · {n.memberCount} 名会员
                      {childCount(n) > 0 ? ` · 下属 ${childCount(n)} 个` : ''}
                    </View>
                  </View>
                  {n.depth === 0 && <Text className="as-tree__mark">本工会</Text>}
                </View>
              ))}
            </View>
          </CellGroup>
          {parent && chosenKind && (
            <CellGroup
              title="新建下属工会"
              footer="同一上级下不能重名；重复提交同一名称不会建两个。新建的工会还没有干事，需另行为它开通干事账号。"
              testId="union-new"
            >
              <Picker
                mode="selector"
                range={parents.map((p) => p.name)}
                value={parents.indexOf(parent)}
                onChange={(e) => setParentId(parents[Number(e.detail.value)]?.id ?? null)}
              >
                <FormField label="上级工会">
                  <PickerValue field="上级工会" value={parent.name} testId="union-parent" />
                </FormField>
              </Picker>
              <FormField label="类型" vertical>
                <ChoiceChips
                  items={kinds.map((k) => ({ key: k, label: UNION_KIND_LABELS[k as UnionKind] }))}
                  value={chosenKind}
                  onChange={(k) => setKind(k)}
                  groupLabel="新工会的类型"
                  testIdPrefix="union-kind-"
                  shape="card"
                />
              </FormField>
              <TextField
                label="名称"
                value={name}
                maxLength={60}
                placeholder="如 实验小学工会"
                testId="union-name"
                onInput={setName}
              />
              <FormError message={create.error} />
              <View className="as-actions">
                <Button type="primary" loading={create.busy} onClick={() => void create.run()} testId="union-create">
                  新建{UNION_KIND_LABELS[chosenKind]}
                </Button>
              </View>
            </CellGroup>
          )}
        </>
      )}
    </PageContainer>
  );
}
