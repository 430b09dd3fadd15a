import { Input, Picker, View } from '@tarojs/components';
import { Button, CellGroup, FormField, TextAreaField } from '@/components';
import { FIGURE_LABELS } from '../labels';
import type { FigureKey, StandardItem } from '../types';
import { PickerValue } from './picker-value';
import './assessment.css';

const FIGURES = Object.keys(FIGURE_LABELS) as FigureKey[];
const FIGURE_NAMES = ['不自动填入', ...FIGURES.map((k) => FIGURE_LABELS[k])];

/** An item as typed: points stay text until the standard is published, so a half-typed number is not lost. */
export type ItemDraft = Omit<StandardItem, 'points'> & { points: string };

interface Props {
  index: number;
  item: ItemDraft;
  onChange: (patch: Partial<ItemDraft>) => void;
  onRemove: () => void;
}

/** One item of the standard, every field editable; the key stays as it was so rounds keep matching it. */
export function StandardItemEditor({ index, item, onChange, onRemove }: Props) {
  const figureIndex = item.figure ? FIGURES.indexOf(item.figure) + 1 : 0;
  return (
    <View data-testid={`std-item-${index}`}>
      <CellGroup title={`第 ${index + 1} 条${item.area.trim() ? ` · ${item.area.trim()}` : ''}`}>
        <FormField label="类别">
          <Input
            className="ui-input"
            value={item.area}
            maxlength={20}
            placeholder="如 组织建设"
            placeholderClass="ui-input-placeholder"
            data-testid={`std-area-${index}`}
            onInput={(e) => onChange({ area: e.detail.value })}
          />
        </FormField>
        <FormField label="考核内容" vertical>
          <TextAreaField
            hideLabel
            label="考核内容"
            className="as-item__evidence"
            maxLength={200}
            placeholder="这一条考核什么"
            value={item.title}
            onInput={(value) => onChange({ title: value })}
            testId={`std-title-${index}`}
          />
        </FormField>
        <FormField label="分值">
          <Input
            className="ui-input"
            type="number"
            value={item.points}
            maxlength={3}
            placeholder="1–100"
            placeholderClass="ui-input-placeholder"
            data-testid={`std-points-${index}`}
            onInput={(e) => onChange({ points: e.detail.value })}
          />
        </FormField>
        <FormField label="佐证材料" vertical>
          <TextAreaField
            hideLabel
            label="佐证材料"
            className="as-item__evidence as-std__hint"
            maxLength={200}
            placeholder="学校要交什么材料（选填）"
            value={item.evidence}
            onInput={(value) => onChange({ evidence: value })}
            testId={`std-evidence-${index}`}
          />
        </FormField>
        <Picker
          mode="selector"
          range={FIGURE_NAMES}
          value={figureIndex}
          onChange={(e) => onChange({ figure: FIGURES[Number(e.detail.value) - 1] ?? null })}
        >
          <FormField label="自动填入">
            <PickerValue
              field="自动填入的数据"
              value={FIGURE_NAMES[figureIndex] ?? ''}
              testId={`std-figure-${index}`}
            />
          </FormField>
        </Picker>
        <View className="as-std__remove">
          <Button
            size="small"
            type="warn"
            label={`删除这一条（第 ${index + 1} 条）`}
            onClick={onRemove}
            testId={`std-remove-${index}`}
          >
            删除这一条
          </Button>
        </View>
      </CellGroup>
    </View>
  );
}
