import { useRef, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { CellGroup, ChoiceChips, FormField, TextAreaField } from '@/components';
import { useAction } from '@/lib/use-action';
import { CATEGORIES } from '../labels';
import type { MotionCategory, MotionDraft } from '../types';
import { SubmitBar } from './submit-bar';
import './congress.css';

interface Props {
  initial?: MotionDraft;
  /** Saves the draft; the form's own key travels with it so a double tap saves once. */
  onSubmit: (draft: MotionDraft) => Promise<unknown>;
  submitLabel: string;
}

/** 提案: a short title, its category, 案由 (the problem) and 建议 (what should be done). */
export function MotionForm({ initial, onSubmit, submitLabel }: Props) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [category, setCategory] = useState<MotionCategory | null>(initial?.category ?? null);
  const [reason, setReason] = useState(initial?.reason ?? '');
  const [proposal, setProposal] = useState(initial?.proposal ?? '');
  const action = useAction(onSubmit);
  const sending = useRef(false);
  const submit = async () => {
    if (!title.trim()) return action.setError('请填写提案标题');
    if (!category) return action.setError('请选择提案类别');
    if (!reason.trim()) return action.setError('请写明案由：存在什么问题');
    if (!proposal.trim()) return action.setError('请写明建议：希望怎样解决');
    if (sending.current) return;
    sending.current = true;
    await action.run({ title: title.trim(), category, reason: reason.trim(), proposal: proposal.trim() });
    sending.current = false;
  };
  return (
    <View data-testid="motion-form">
      <CellGroup title="提案内容">
        <FormField label="标题">
          <Input
            className="ui-input"
            placeholderClass="ui-input-placeholder"
            placeholder="一句话说明提案，如 增设教工午休室"
            maxlength={40}
            value={title}
            onInput={(e) => setTitle(e.detail.value)}
            aria-label="提案标题"
            data-testid="motion-title"
          />
        </FormField>
      </CellGroup>
      <CellGroup title="类别">
        <View className="congress-form__block">
          <ChoiceChips
            items={CATEGORIES}
            value={category}
            onChange={setCategory}
            testIdPrefix="motion-category-"
            shape="card"
          />
        </View>
      </CellGroup>
      <CellGroup title="案由（存在的问题）">
        <View className="congress-form__block">
          <TextAreaField
            hideLabel
            label="案由"
            className="congress-form__textarea"
            maxLength={2000}
            placeholder="写明问题的现状和影响"
            value={reason}
            onInput={setReason}
            testId="motion-reason"
          />
        </View>
      </CellGroup>
      <CellGroup title="建议（希望怎样解决）">
        <View className="congress-form__block">
          <TextAreaField
            hideLabel
            label="建议"
            className="congress-form__textarea"
            maxLength={2000}
            placeholder="写明具体、可行的解决办法"
            value={proposal}
            onInput={setProposal}
            testId="motion-proposal"
          />
        </View>
        <Text className="congress-form__hint">保存后为草稿，请其他代表附议；附议人数够了再提交。</Text>
      </CellGroup>
      <SubmitBar error={action.error} busy={action.busy} onClick={submit} testId="motion-save" ariaLabel={submitLabel}>
        {submitLabel}
      </SubmitBar>
    </View>
  );
}
