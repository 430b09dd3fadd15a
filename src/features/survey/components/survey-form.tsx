import { useState } from 'react';
import { Input, Picker, Switch, Text, View } from '@tarojs/components';
import { a11y, Button, CellGroup, FormError, FormField, TextAreaField } from '@/components';
import { useAction } from '@/lib/use-action';
import { createSurvey, updateSurvey } from '../api';
import { formatDay } from '../format';
import type { BranchOptions, SurveyDetail, SurveyInput } from '../types';
import { QuestionList } from './question-list';
import { COLORS } from '@/lib/colors';
import './editor.css';
import './survey-form.css';

interface Props {
  /** Editing this draft; absent for a new one. */
  surveyId?: number;
  initial: SurveyInput;
  branches: BranchOptions;
  onSaved: (survey: SurveyDetail) => void;
}

/** A draft's settings (window, audience, pass line, publishing) and its questions. */
export function SurveyForm({ surveyId, initial, branches, onSaved }: Props) {
  const [input, setInput] = useState<SurveyInput>(initial);
  const saving = useAction((body: SurveyInput) => (surveyId ? updateSurvey(surveyId, body) : createSurvey(body)), {
    then: onSaved,
  });
  const setError = saving.setError;
  const set = (patch: Partial<SurveyInput>) => {
    setError(null);
    setInput((prev) => ({ ...prev, ...patch }));
  };
  const toggleBranch = (id: number) =>
    set({
      branchIds: input.branchIds.includes(id) ? input.branchIds.filter((b) => b !== id) : [...input.branchIds, id],
    });

  const save = async () => {
    if (!input.title.trim()) return setError('请填写标题');
    if (input.questions.length === 0) return setError('请至少添加一道题目');
    await saving.run({ ...input, title: input.title.trim(), passLine: Number(input.passLine) });
  };

  const audienceCount = input.branchIds.length
    ? branches.items.filter((b) => input.branchIds.includes(b.id)).reduce((sum, b) => sum + b.memberCount, 0)
    : branches.memberCount;
  return (
    <View className="sv-form">
      <CellGroup title="基本信息">
        <FormField label="标题">
          <Input
            className="ui-input"
            placeholderClass="ui-input-placeholder"
            placeholder="如“2026年度会员评议职工之家”"
            maxlength={40}
            value={input.title}
            onInput={(e) => set({ title: e.detail.value })}
          />
        </FormField>
        <TextAreaField
          label="说明"
          value={input.intro}
          onInput={(value) => set({ intro: value })}
          maxLength={500}
          placeholder="写给会员的话，选填"
          className="sv-form__intro"
        />
        <Picker
          className="ui-picker"
          mode="date"
          value={input.opensOn}
          onChange={(e) => set({ opensOn: e.detail.value })}
        >
          <FormField label="开始日期">
            <Text className="ui-input">{formatDay(input.opensOn)}</Text>
            <Text className="ui-cell__arrow" />
          </FormField>
        </Picker>
        <Picker
          className="ui-picker"
          mode="date"
          value={input.closesOn}
          start={input.opensOn}
          onChange={(e) => set({ closesOn: e.detail.value })}
        >
          <FormField label="结束日期">
            <Text className="ui-input">{formatDay(input.closesOn)}（含当天）</Text>
            <Text className="ui-cell__arrow" />
          </FormField>
        </Picker>
      </CellGroup>

      <CellGroup title="参评范围" footer={`共 ${audienceCount} 人。不选分工会即为全体会员。`}>
        <View className="sv-chips sv-form__branches">
          <View
            className={`sv-chip${input.branchIds.length === 0 ? ' sv-chip--on' : ''}`}
            onClick={() => set({ branchIds: [] })}
            {...a11y({ role: 'checkbox', checked: input.branchIds.length === 0 })}
          >
            全体会员
          </View>
          {branches.items.map((b) => (
            <View
              key={b.id}
              className={`sv-chip${input.branchIds.includes(b.id) ? ' sv-chip--on' : ''}`}
              onClick={() => toggleBranch(b.id)}
              {...a11y({ role: 'checkbox', checked: input.branchIds.includes(b.id) })}
            >
              {b.name}（{b.memberCount}）
            </View>
          ))}
        </View>
      </CellGroup>

      <CellGroup title="统计与公开" footer="关闭“按分工会统计”后，答卷不记录分工会，匿名性更强。">
        <FormField label="合格线（%）">
          <Input
            className="ui-input"
            type="digit"
            maxlength={5}
            value={String(input.passLine)}
            onInput={(e) => set({ passLine: Number(e.detail.value) || 0 })}
          />
        </FormField>
        <FormField label="按分工会统计">
          <View className="sv-editor__switch">
            <Switch
              color={COLORS.brandStrong}
              checked={input.byBranch}
              onChange={(e) => set({ byBranch: e.detail.value })}
            />
          </View>
        </FormField>
        <FormField label="结束后公开结果">
          <View className="sv-editor__switch">
            <Switch
              color={COLORS.brandStrong}
              checked={input.resultsVisible}
              onChange={(e) => set({ resultsVisible: e.detail.value })}
            />
          </View>
        </FormField>
      </CellGroup>

      <QuestionList questions={input.questions} onChange={(questions) => set({ questions })} />

      <FormError message={saving.error} />
      <View className="ui-form-actions">
        <Button type="primary" loading={saving.busy} onClick={save} testId="survey-save">
          保存草稿
        </Button>
        <Text className="sv-form__note">保存后可预览，确认无误再发布。发布后题目不能再修改。</Text>
      </View>
    </View>
  );
}
