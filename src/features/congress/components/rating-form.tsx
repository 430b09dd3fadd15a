import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { CellGroup, ChoiceChips, TextAreaField } from '@/components';
import { useAction } from '@/lib/use-action';
import { rateMotionReply } from '../api';
import { RATINGS } from '../labels';
import type { Motion, Rating } from '../types';
import { SubmitBar } from './submit-bar';
import './congress.css';

/** The proposer rates the reply; 不满意 on the first reply sends it back once, with the reason. */
export function RatingForm({ motion: m, onChange }: { motion: Motion; onChange: (next: Motion) => void }) {
  const [rating, setRating] = useState<Rating | null>(null);
  const [comment, setComment] = useState('');
  const action = useAction(rateMotionReply);
  const submit = async () => {
    if (!rating) return action.setError('请选择您对答复的评价');
    if (rating === 'dissatisfied' && !comment.trim()) return action.setError('请写明不满意的原因');
    const next = await action.run(m.id, rating, comment.trim() || undefined);
    if (next) onChange(next);
  };
  return (
    <CellGroup title="评价答复">
      <View className="congress-form__block">
        <ChoiceChips items={RATINGS} value={rating} onChange={setRating} testIdPrefix="rating-" />
      </View>
      {m.round === 1 && <Text className="congress-form__hint">选“不满意”时，提案将退回承办部门再答复一次。</Text>}
      <View className="congress-form__block">
        <TextAreaField
          hideLabel
          label="评价说明"
          className="congress-form__textarea"
          maxLength={200}
          placeholder={rating === 'dissatisfied' ? '请写明不满意的原因（必填）' : '想说的话（选填）'}
          value={comment}
          onInput={setComment}
          testId="rating-comment"
        />
      </View>
      <SubmitBar
        error={action.error}
        busy={action.busy}
        onClick={submit}
        testId="rating-submit"
        ariaLabel="提交对答复的评价"
      >
        提交评价
      </SubmitBar>
    </CellGroup>
  );
}
