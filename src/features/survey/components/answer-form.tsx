import { Fragment, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, FormError } from '@/components';
import { useAction } from '@/lib/use-action';
import { ApiError } from '@/services/http';
import { submitSurveyResponse } from '../api';
import { firstMissing, progressOf, toSubmission } from '../answers';
import type { AnswerInput, AnswerMap, AnswerValue, Question, Receipt } from '../types';
import { Meter } from './meter';
import { QuestionField } from './question-field';
import './answer.css';

// The progress bar's height (CSS px) and a little air.
const STICKY_BAR_PX = 72;

interface Props {
  surveyId: number;
  questions: Question[];
  answers: AnswerMap;
  onChange: (answers: AnswerMap) => void;
  onSubmitted: (receipt: Receipt) => void;
  /** The server says this member has answered already (another phone, a double tap). */
  onAlreadyAnswered: () => void;
}

/** The questions under their 方面 headings, a sticky progress bar, and the one submit. */
export function AnswerForm({ surveyId, questions, answers, onChange, onSubmitted, onAlreadyAnswered }: Props) {
  const submitting = useAction((submission: AnswerInput[]) => submitSurveyResponse(surveyId, submission), {
    then: onSubmitted,
    // Answered already (another phone, a double tap): the page shows the receipt, not an error.
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'ALREADY_ANSWERED') {
        submitting.setError(null);
        onAlreadyAnswered();
      }
    },
  });
  const { error, setError } = submitting;
  const [missingId, setMissingId] = useState<number | null>(null);
  const { done, total } = progressOf(questions, answers);

  const set = (id: number, value: AnswerValue) => {
    setError(null);
    if (id === missingId) setMissingId(null);
    onChange({ ...answers, [id]: value });
  };

  const submit = async () => {
    const missing = firstMissing(questions, answers);
    if (missing) {
      const left = questions.filter((q) => q.required && firstMissing([q], answers)).length;
      const message = `还有 ${left} 题没有作答，请先回答第 ${missing.position} 题`;
      // The message goes where the member's eyes go: a toast now, the question itself marked, and
      // the same words by the button for when they scroll back down.
      setError(message);
      setMissingId(missing.id);
      void Taro.showToast({ title: message, icon: 'none', duration: 3000 });
      // Land the question below the sticky progress bar, not under it.
      void Taro.pageScrollTo({ selector: `#sv-q-${missing.position}`, offsetTop: -STICKY_BAR_PX, duration: 200 }).catch(
        () => undefined,
      );
      return;
    }
    const { confirm } = await Taro.showModal({
      title: '提交评议',
      content: '提交后不能修改。评议不记名，您的答案和您的名字分开保存。',
      confirmText: '提交',
      cancelText: '再看看',
    });
    if (confirm) await submitting.run(toSubmission(questions, answers));
  };

  return (
    <View className="sv-answer">
      <View className="sv-progress" data-testid="answer-progress">
        <Text className="sv-progress__text">
          已答 {done}/{total} 题
        </Text>
        <View className="sv-progress__bar">
          <Meter percent={(done / Math.max(total, 1)) * 100} thin />
        </View>
      </View>
      {questions.map((q, i) => (
        <Fragment key={q.id}>
          {q.section && q.section !== questions[i - 1]?.section && <Text className="sv-section">{q.section}</Text>}
          <View id={`sv-q-${q.position}`}>
            <QuestionField
              question={q}
              value={answers[q.id]}
              onChange={(value) => set(q.id, value)}
              missing={q.id === missingId}
            />
          </View>
        </Fragment>
      ))}
      <FormError message={error} />
      <View className="ui-form-actions">
        <Text className="sv-answer__note">作答进度只保存在您的手机上，提交之前不会上传。</Text>
        <Button type="primary" loading={submitting.busy} onClick={submit} testId="survey-submit">
          提交评议
        </Button>
      </View>
    </View>
  );
}
