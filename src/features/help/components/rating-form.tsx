import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, CellGroup, ChoiceChips, FormError, TextAreaField } from '@/components';
import { RATINGS } from '../labels';
import type { Rating } from '../types';
import { useAction } from '@/lib/use-action';

/** 满意 / 基本满意 / 不满意 with an optional comment; rating closes the case. */
export function RatingForm({ onRate }: { onRate: (rating: Rating, comment: string) => Promise<unknown> }) {
  const [rating, setRating] = useState<Rating | null>(null);
  const [comment, setComment] = useState('');
  const action = useAction(async () => onRate(rating!, comment.trim()));
  const submit = () => (rating ? void action.run() : action.setError('请选择满意程度'));
  return (
    <CellGroup title="对办理结果满意吗？" footer="评价后求助即关闭；办结 14 天内仍可重新打开。">
      <View className="help-textbox" data-testid="help-rating">
        <ChoiceChips shape="card" items={RATINGS} value={rating} onChange={setRating} testIdPrefix="help-rating-" />
        <TextAreaField
          label="评价留言"
          hideLabel
          value={comment}
          onInput={setComment}
          maxLength={200}
          placeholder={rating === 'dissatisfied' ? '请告诉我们哪里不满意（选填）' : '想对工会说的话（选填）'}
          className="help-textbox__area help-rating__comment"
        />
        <FormError message={action.error} />
        <View className="help-textbox__actions">
          <Button
            type="primary"
            size="small"
            loading={action.busy}
            onClick={submit}
            testId="help-rating-submit"
            className="help-textbox__send"
          >
            提交评价
          </Button>
        </View>
      </View>
    </CellGroup>
  );
}
