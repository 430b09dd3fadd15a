import { useState } from 'react';
import { Input, Switch, Text, View } from '@tarojs/components';
import { a11y, Button, FormError, FormField, TextAreaField } from '@/components';
import { KIND_LABELS } from '../format';
import { cleanQuestion, questionProblem, satisfactionQuestion } from '../form-model';
import type { QuestionDraft, QuestionKind } from '../types';
import { COLORS } from '@/lib/colors';
import './editor.css';

const KINDS: QuestionKind[] = ['single', 'multiple', 'rating', 'text'];
const KIND_HINTS: Record<QuestionKind, string> = { single: '单选', multiple: '多选', rating: '评分 1–5', text: '文字' };

interface Props {
  initial: QuestionDraft;
  onSave: (question: QuestionDraft) => void;
  onCancel: () => void;
}

/** One question being written: its kind, text, options and whether it must be answered. */
export function QuestionEditor({ initial, onSave, onCancel }: Props) {
  const [q, setQ] = useState<QuestionDraft>(initial);
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<QuestionDraft>) => {
    setError(null);
    setQ((prev) => ({ ...prev, ...patch }));
  };
  const setKind = (kind: QuestionKind) => {
    const choice = kind === 'single' || kind === 'multiple';
    set({ kind, satisfaction: false, options: choice ? (q.options.length >= 2 ? q.options : ['', '']) : [] });
  };
  const setOption = (index: number, text: string) =>
    set({ options: q.options.map((o, i) => (i === index ? text : o)) });
  const save = () => {
    const problem = questionProblem(q);
    if (problem) return setError(problem);
    onSave(cleanQuestion(q));
  };

  return (
    <View className="sv-editor" data-testid="question-editor">
      <View className="sv-chips">
        {KINDS.map((kind) => (
          <View
            key={kind}
            className={`sv-chip${q.kind === kind ? ' sv-chip--on' : ''}`}
            onClick={() => setKind(kind)}
            {...a11y({ role: 'radio', checked: q.kind === kind })}
          >
            {KIND_HINTS[kind]}
          </View>
        ))}
      </View>
      <FormField label="所属方面">
        <Input
          className="ui-input"
          placeholderClass="ui-input-placeholder"
          placeholder="选填，如“文体活动”"
          maxlength={20}
          value={q.section}
          onInput={(e) => set({ section: e.detail.value })}
        />
      </FormField>
      <TextAreaField
        label="题目"
        value={q.title}
        onInput={(value) => set({ title: value })}
        maxLength={100}
        placeholder={`${KIND_LABELS[q.kind]}题的题目`}
        className="sv-editor__title"
      />
      {(q.kind === 'single' || q.kind === 'multiple') && (
        <View className="sv-editor__options">
          <Text className="ui-field__label">选项</Text>
          {q.options.map((option, i) => (
            <View key={i} className="sv-editor__option">
              <Input
                className="ui-input"
                placeholderClass="ui-input-placeholder"
                placeholder={`选项 ${i + 1}`}
                maxlength={30}
                value={option}
                disabled={q.satisfaction}
                onInput={(e) => setOption(i, e.detail.value)}
              />
              {!q.satisfaction && q.options.length > 2 && (
                <Text
                  className="sv-editor__remove"
                  onClick={() => set({ options: q.options.filter((_, j) => j !== i) })}
                  {...a11y({ role: 'button' })}
                >
                  删除
                </Text>
              )}
            </View>
          ))}
          {!q.satisfaction && q.options.length < 10 && (
            <Text
              className="link-text sv-editor__add"
              onClick={() => set({ options: [...q.options, ''] })}
              {...a11y({ role: 'button' })}
            >
              + 添加选项
            </Text>
          )}
        </View>
      )}
      <FormField label="必答">
        <View className="sv-editor__switch">
          <Switch color={COLORS.brandStrong} checked={q.required} onChange={(e) => set({ required: e.detail.value })} />
        </View>
      </FormField>
      {q.kind === 'single' && (
        <FormField label="总体满意度题">
          <View className="sv-editor__switch">
            <Switch
              color={COLORS.brandStrong}
              checked={q.satisfaction}
              onChange={(e) => set(e.detail.value ? satisfactionQuestion(q) : { satisfaction: false })}
            />
          </View>
        </FormField>
      )}
      {q.satisfaction && (
        <Text className="sv-editor__hint">
          满意率按这道题计算：（满意 + 基本满意）÷ 有效答卷。选项固定为“满意、基本满意、不满意”。
        </Text>
      )}
      <FormError message={error} />
      <View className="sv-editor__actions">
        <Button size="small" type="primary" onClick={save} testId="question-save">
          保存题目
        </Button>
        <Button size="small" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
