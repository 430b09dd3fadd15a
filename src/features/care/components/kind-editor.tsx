import { Input, View } from '@tarojs/components';
import { Button, ChoiceChips, FormField } from '@/components';
import { GROUP_LABELS } from '../labels';
import type { CareGroup, CareKind } from '../types';
import './care.css';

const GROUPS = (Object.keys(GROUP_LABELS) as CareGroup[]).map((key) => ({ key, label: GROUP_LABELS[key] }));
const STATES = [
  { key: 'on', label: '启用' },
  { key: 'off', label: '停用' },
] as const;

interface Props {
  index: number;
  kind: CareKind;
  /** A kind not saved yet can be taken out again; a saved one is only stopped, so old records keep it. */
  isNew: boolean;
  onChange: (patch: Partial<CareKind>) => void;
  onRemove: () => void;
}

/** One 慰问类别: its name, the group the upper union counts it under, and whether staff can pick it. */
export function KindEditor({ index, kind, isNew, onChange, onRemove }: Props) {
  const name = kind.label || `第 ${index + 1} 个类别`;
  return (
    <View className={`care-block care-kind${kind.active ? '' : ' care-block--off'}`} data-testid={`kind-${index}`}>
      <FormField label="名称" vertical>
        <Input
          className="ui-input care-kind__input"
          value={kind.label}
          maxlength={12}
          placeholder="如 住院慰问"
          placeholderClass="ui-input-placeholder"
          aria-label={`第 ${index + 1} 个类别的名称`}
          data-testid={`kind-label-${index}`}
          onInput={(e) => onChange({ label: e.detail.value })}
        />
      </FormField>
      <View className="care-kind__field">
        <View className="care-kind__label">汇总时归入</View>
        <ChoiceChips
          items={GROUPS}
          value={kind.group}
          onChange={(group) => onChange({ group })}
          groupLabel={`${name}汇总时归入`}
          testIdPrefix={`kind-group-${index}-`}
        />
      </View>
      <View className="care-kind__field">
        <View className="care-kind__label">记录慰问时</View>
        <ChoiceChips
          items={STATES}
          value={kind.active ? 'on' : 'off'}
          onChange={(state) => onChange({ active: state === 'on' })}
          groupLabel={`${name}：启用或停用`}
          testIdPrefix={`kind-state-${index}-`}
        />
      </View>
      {isNew && (
        <Button
          size="small"
          type="warn"
          label={`删除这个类别：${name}`}
          onClick={onRemove}
          testId={`kind-remove-${index}`}
        >
          删除这个类别
        </Button>
      )}
    </View>
  );
}
