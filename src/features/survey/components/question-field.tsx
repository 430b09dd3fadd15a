import { Text, View } from '@tarojs/components';
import { a11y, TextAreaField } from '@/components';
import { toggleChoice } from '../answers';
import { RATING_HINTS } from '../format';
import type { AnswerValue, Question } from '../types';
import './answer.css';

interface Props {
  question: Question;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  /** The member tried to submit without answering this required question. */
  missing?: boolean;
}

const TEXT_MAX = 500;

/** What a screen reader says for a score: "5 分，非常满意，已选". */
function scoreName(score: number, picked: boolean): string {
  const hint = score === 1 ? `，${RATING_HINTS[0]}` : score === 5 ? `，${RATING_HINTS[1]}` : '';
  return `${score} 分${hint}${picked ? '，已选' : ''}`;
}

/** One question and its control: big option rows, five score buttons, or a text box. */
export function QuestionField({ question: q, value, onChange, missing }: Props) {
  const hints = [q.kind === 'multiple' ? '可多选' : '', q.required ? '' : '选答'].filter(Boolean);
  // The standard template writes （可多选） into some titles; the hint says it once.
  const title = q.kind === 'multiple' ? q.title.replace(/[（(]可多选[）)]\s*$/, '') : q.title;
  return (
    <View className={`sv-field${missing ? ' sv-field--missing' : ''}`} data-testid={`question-${q.position}`}>
      {missing && (
        <Text className="sv-field__missing" data-testid="missing-note">
          这一题还没有作答
        </Text>
      )}
      <View className="sv-field__title">
        <Text>
          {q.position}. {title}
        </Text>
        {q.required && <Text className="sv-field__required"> *</Text>}
        {hints.length > 0 && <Text className="sv-field__optional">（{hints.join('，')}）</Text>}
      </View>
      {(q.kind === 'single' || q.kind === 'multiple') && (
        <View className="sv-options" {...a11y({ role: q.kind === 'single' ? 'radiogroup' : 'group', label: q.title })}>
          {q.options.map((label, index) => {
            const picked = q.kind === 'single' ? value === index : Array.isArray(value) && value.includes(index);
            return (
              <View
                key={label}
                className={`sv-choice${picked ? ' sv-choice--on' : ''}`}
                hoverClass="sv-choice--hover"
                onClick={() => onChange(q.kind === 'single' ? index : toggleChoice(value, index))}
                data-testid="choice"
                {...a11y({ role: q.kind === 'single' ? 'radio' : 'checkbox', checked: picked })}
              >
                <View className={`sv-choice__mark sv-choice__mark--${q.kind === 'single' ? 'radio' : 'box'}`} />
                <Text className="sv-choice__label">{label}</Text>
              </View>
            );
          })}
        </View>
      )}
      {q.kind === 'rating' && (
        <View>
          <View className="sv-scores" {...a11y({ role: 'radiogroup', label: q.title })}>
            {[1, 2, 3, 4, 5].map((score) => (
              <View
                key={score}
                className={`sv-score${value === score ? ' sv-score--on' : ''}`}
                hoverClass="sv-choice--hover"
                onClick={() => onChange(score)}
                data-testid={`score-${score}`}
                {...a11y({ role: 'radio', checked: value === score, label: scoreName(score, value === score) })}
              >
                {score}
              </View>
            ))}
          </View>
          <View className="sv-scores__hints">
            <Text>1 {RATING_HINTS[0]}</Text>
            <Text>5 {RATING_HINTS[1]}</Text>
          </View>
        </View>
      )}
      {q.kind === 'text' && (
        <View className="sv-text">
          <TextAreaField
            label={q.title}
            hideLabel
            className="sv-text__input"
            placeholder="请写下您的意见和建议（不记名）"
            maxLength={TEXT_MAX}
            value={typeof value === 'string' ? value : ''}
            onInput={onChange}
          />
        </View>
      )}
    </View>
  );
}
