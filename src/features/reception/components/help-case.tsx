import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Switch, View } from '@tarojs/components';
import { Cell, CellGroup, ChoiceChips, FormField } from '@/components';
import { ROUTES, withQuery } from '@/lib/routes';
import { listHelpCategories } from '../api';
import type { HelpCategory } from '../types';
import { COLORS } from '@/lib/colors';
import './forms.css';

export interface HelpCaseChoice {
  requested: boolean;
  categoryId?: number;
  /** The case's title; empty until the officer writes one (the first line of 反映的问题 is offered). */
  title: string;
  note: string;
}

export const HELP_TITLE_MAX = 50;

/** The title offered for a new case: the first line of what the member raised, cut to fit. */
export function suggestedTitle(raised: string): string {
  return (raised.trim().split('\n')[0] ?? '').trim().slice(0, HELP_TITLE_MAX);
}

/** What is still missing before the case can be opened, or null. */
export function helpCaseProblem(value: HelpCaseChoice): string | null {
  if (!value.requested) return null;
  if (!value.categoryId) return '请选择帮扶类别';
  if (!value.title.trim()) return '请填写求助标题';
  return null;
}

interface FieldsProps {
  value: HelpCaseChoice;
  onChange: (next: HelpCaseChoice) => void;
  /** What the member raised: its first line is offered as the title. */
  raised: string;
}

/**
 * 转困难帮扶 in the 登记 form: the switch, then the help category and a note for the handlers.
 * Saving opens the case in 困难帮扶, where staff accept it and the member follows it.
 */
export function HelpCaseFields({ value, onChange, raised }: FieldsProps) {
  const [categories, setCategories] = useState<HelpCategory[]>([]);
  // The categories are asked for once, the first time the switch is on (again only after a failure).
  const asked = useRef(false);
  useEffect(() => {
    if (!value.requested || asked.current) return;
    asked.current = true;
    listHelpCategories()
      .then((all) => setCategories(all.filter((c) => c.active)))
      .catch(() => {
        asked.current = false;
        setCategories([]);
      });
  }, [value.requested]);
  return (
    <View>
      <FormField label="转困难帮扶">
        <View className="reception-form__switch">
          <Switch
            color={COLORS.brandStrong}
            checked={value.requested}
            data-testid="help-case-switch"
            onChange={(e) =>
              onChange({ ...value, requested: e.detail.value, title: value.title || suggestedTitle(raised) })
            }
          />
        </View>
      </FormField>
      {value.requested && (
        <View>
          {/* Chosen, never defaulted: a case filed under 其他 by accident reaches the wrong handler. */}
          <View className="reception-form__label">帮扶类别（必选）</View>
          <View className="reception-form__block">
            <ChoiceChips
              shape="card"
              items={categories.map((c) => ({ key: c.id, label: c.name }))}
              value={value.categoryId ?? null}
              onChange={(categoryId) => onChange({ ...value, categoryId })}
              testIdPrefix="help-category-"
            />
          </View>
          <FormField label="求助标题">
            <Input
              className="ui-input"
              placeholderClass="ui-input-placeholder"
              placeholder="一句话说明求助的事"
              maxlength={HELP_TITLE_MAX}
              value={value.title}
              onInput={(e) => onChange({ ...value, title: e.detail.value })}
              data-testid="help-case-title"
            />
          </FormField>
          <FormField label="给经办人">
            <Input
              className="ui-input"
              placeholderClass="ui-input-placeholder"
              placeholder="内部说明，会员看不到（选填）"
              maxlength={200}
              value={value.note}
              onInput={(e) => onChange({ ...value, note: e.detail.value })}
            />
          </FormField>
          <View className="reception-form__tip">
            保存后为会员登记一件求助，由工会干事受理；会员可在「困难帮扶」中查看进展。
          </View>
        </View>
      )}
    </View>
  );
}

/** The help case a visit became: officers open the handling page, the member their own view. */
export function HelpCaseLink({ id, asMember }: { id: number; asMember?: boolean }) {
  const open = () => void Taro.navigateTo({ url: withQuery(asMember ? ROUTES.helpDetail : ROUTES.helpCase, { id }) });
  return (
    <CellGroup title="困难帮扶">
      <Cell
        title="已转为困难帮扶求助"
        label={asMember ? '工会将按求助流程办理并答复您' : '在困难帮扶中受理、办理'}
        value="查看进展"
        arrow
        onClick={open}
        testId="help-case-link"
      />
    </CellGroup>
  );
}
