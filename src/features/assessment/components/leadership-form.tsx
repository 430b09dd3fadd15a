import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { Button, ChoiceChips, FormError } from '@/components';
import { useAction } from '@/lib/use-action';
import { ApiError } from '@/services/http';
import { LEADERSHIP_ITEMS, leadershipLabel } from '../labels';
import type { LeadershipRating, SelfAssessment } from '../types';
import './assessment.css';

/** 党政评价: the school leadership's rating of its union, entered by staff. */
export function LeadershipForm({
  assessment,
  onSave,
}: {
  assessment: SelfAssessment;
  onSave?: (rating: LeadershipRating, note: string) => Promise<unknown>;
}) {
  const [rating, setRating] = useState<LeadershipRating | null>(assessment.leadership.rating);
  const [note, setNote] = useState(assessment.leadership.note);
  const save = useAction(async () => {
    if (!rating) throw new ApiError('business', 400, 'LOCAL', '请选择党政评价');
    return onSave?.(rating, note);
  });
  return (
    <View className="as-block" data-testid="leadership">
      <View className="as-block__title">党政评价</View>
      {onSave && assessment.editable ? (
        <View>
          <ChoiceChips items={LEADERSHIP_ITEMS} value={rating} onChange={setRating} testIdPrefix="leadership-" />
          <Input
            className="ui-input"
            value={note}
            maxlength={500}
            placeholder="评价来源，如党政联席会（选填）"
            placeholderClass="ui-input-placeholder"
            aria-label="党政评价说明"
            onInput={(e) => setNote(e.detail.value)}
          />
          <FormError message={save.error} />
          <Button size="small" loading={save.busy} onClick={() => void save.run()} testId="save-leadership">
            保存党政评价
          </Button>
        </View>
      ) : (
        <View className="as-row__meta">
          {leadershipLabel(assessment.leadership.rating)}
          {assessment.leadership.note ? `。${assessment.leadership.note}` : ''}
        </View>
      )}
    </View>
  );
}
