import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { a11y, Tag } from '@/components';
import { KIND_LABELS } from '../format';
import { moveQuestion, newQuestion } from '../form-model';
import type { QuestionDraft } from '../types';
import { QuestionEditor } from './question-editor';
import './editor.css';

interface Props {
  questions: QuestionDraft[];
  onChange: (questions: QuestionDraft[]) => void;
}

/** The questions of a draft in order: move, edit or remove each, add new ones at the end. */
export function QuestionList({ questions, onChange }: Props) {
  // The index being edited; questions.length means a new question.
  const [editing, setEditing] = useState<number | null>(null);
  const save = (index: number, q: QuestionDraft) => {
    const next = index === questions.length ? [...questions, q] : questions.map((old, i) => (i === index ? q : old));
    // Only one satisfaction question: marking a new one unmarks the old.
    onChange(q.satisfaction ? next.map((item, i) => (i === index ? item : { ...item, satisfaction: false })) : next);
    setEditing(null);
  };

  return (
    <View data-testid="question-list">
      <Text className="sv-section-title">题目（{questions.length}）</Text>
      {questions.map((q, i) =>
        editing === i ? (
          <QuestionEditor key={i} initial={q} onSave={(saved) => save(i, saved)} onCancel={() => setEditing(null)} />
        ) : (
          <View key={i} className="sv-qrow">
            <Text className="sv-qrow__title">
              {i + 1}. {q.title}
            </Text>
            <View className="sv-qrow__meta">
              <Tag tone="grey">{KIND_LABELS[q.kind]}</Tag>
              {q.satisfaction && <Tag tone="green">总体满意度</Tag>}
              {!q.required && <Tag tone="grey">选答</Tag>}
              {q.section && <Text>{q.section}</Text>}
            </View>
            <View className="sv-qrow__actions">
              <Text
                className="sv-qrow__action"
                onClick={() => onChange(moveQuestion(questions, i, -1))}
                {...a11y({ role: 'button' })}
              >
                上移
              </Text>
              <Text
                className="sv-qrow__action"
                onClick={() => onChange(moveQuestion(questions, i, 1))}
                {...a11y({ role: 'button' })}
              >
                下移
              </Text>
              <Text className="sv-qrow__action" onClick={() => setEditing(i)} {...a11y({ role: 'button' })}>
                编辑
              </Text>
              <Text
                className="sv-qrow__action sv-qrow__action--warn"
                onClick={() => onChange(questions.filter((_, j) => j !== i))}
                {...a11y({ role: 'button' })}
              >
                删除
              </Text>
            </View>
          </View>
        ),
      )}
      {editing === questions.length ? (
        <QuestionEditor
          initial={newQuestion()}
          onSave={(q) => save(questions.length, q)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <View
          className="sv-add"
          hoverClass="sv-add--hover"
          onClick={() => setEditing(questions.length)}
          data-testid="question-add"
          {...a11y({ role: 'button' })}
        >
          + 添加题目
        </View>
      )}
    </View>
  );
}
