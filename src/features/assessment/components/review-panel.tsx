import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { Button, ChoiceChips, FormError } from '@/components';
import { useAction } from '@/lib/use-action';
import { ApiError } from '@/services/http';
import type { ReviewInput, SelfAssessment } from '../types';
import type { ReviewDraft } from './item-card';
import './assessment.css';

interface Props {
  assessment: SelfAssessment;
  drafts: Record<string, ReviewDraft>;
  onSubmit: (input: ReviewInput) => Promise<unknown>;
}

/** The upper union's conclusion: return for changes, or accept with one of the round's results. */
export function ReviewPanel({ assessment, drafts, onSubmit }: Props) {
  const [result, setResult] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const items = () =>
    assessment.items
      .filter((i) => (drafts[i.key]?.score ?? '').trim() !== '')
      .map((i) => {
        const score = Number(drafts[i.key]!.score);
        if (Number.isNaN(score)) throw new ApiError('business', 400, 'LOCAL', `「${i.area}」的评审分不是数字`);
        return { key: i.key, score, comment: drafts[i.key]!.comment };
      });
  const act = useAction(async (decision: 'accept' | 'return') =>
    onSubmit({ decision, comment, items: items(), ...(decision === 'accept' && result ? { result } : {}) }),
  );
  return (
    <View className="as-block" data-testid="review-panel">
      <View className="as-block__title">评审结论</View>
      <ChoiceChips
        items={assessment.round.results.map((r) => ({ key: r, label: r }))}
        value={result}
        onChange={setResult}
        testIdPrefix="result-"
      />
      <Input
        className="ui-input"
        value={comment}
        maxlength={1000}
        placeholder="总体意见（退回时必填）"
        placeholderClass="ui-input-placeholder"
        aria-label="总体意见"
        data-testid="review-comment"
        onInput={(e) => setComment(e.detail.value)}
      />
      <FormError message={act.error} />
      <View className="as-actions">
        <Button type="primary" loading={act.busy} onClick={() => void act.run('accept')} testId="review-accept">
          评定等次
        </Button>
        <Button loading={act.busy} onClick={() => void act.run('return')} testId="review-return">
          退回修改
        </Button>
      </View>
    </View>
  );
}
