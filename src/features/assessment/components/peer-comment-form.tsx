import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, FormError, TextAreaField } from '@/components';
import { useAction } from '@/lib/use-action';
import { ApiError } from '@/services/http';
import './assessment.css';

/** 互查意见: what the school assigned to look over this self-assessment writes about it. */
export function PeerCommentForm({
  initial,
  onSave,
}: {
  initial: string;
  onSave: (comment: string) => Promise<unknown>;
}) {
  const [comment, setComment] = useState(initial);
  const save = useAction(async () => {
    if (!comment.trim()) throw new ApiError('business', 400, 'LOCAL', '请填写互查意见');
    return onSave(comment.trim());
  });
  return (
    <View className="as-block" data-testid="peer-comment">
      <View className="as-block__title">我校的互查意见</View>
      <View className="as-row__meta">上级工会安排我校查看这所学校的自评。意见会给这所学校和上级工会看到。</View>
      <TextAreaField
        hideLabel
        label="互查意见"
        className="as-item__evidence"
        maxLength={1000}
        placeholder="亮点、不足和建议"
        value={comment}
        onInput={setComment}
        testId="peer-comment-input"
      />
      <FormError message={save.error} />
      <Button type="primary" loading={save.busy} onClick={() => void save.run()} testId="save-peer-comment">
        {initial ? '更新互查意见' : '保存互查意见'}
      </Button>
    </View>
  );
}
