import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { a11y, Button } from '@/components';
import './rating-input.css';

const WORDS = ['', '很不满意', '不太满意', '一般', '满意', '非常满意'];

interface Props {
  busy: boolean;
  onSubmit: (score: number) => void;
}

/** One to five stars, then 提交评价. The counsellor sees only an average over several members. */
export function RatingInput({ busy, onSubmit }: Props) {
  const [score, setScore] = useState(0);
  return (
    <View className="cs-rating">
      <View className="cs-rating__stars" {...a11y({ role: 'radiogroup', label: '评分' })}>
        {[1, 2, 3, 4, 5].map((n) => (
          <Text
            key={n}
            className={`cs-rating__star${n <= score ? ' cs-rating__star--on' : ''}`}
            onClick={() => setScore(n)}
            data-testid={`rating-${n}`}
            {...a11y({
              role: 'radio',
              checked: n === score,
              label: `${n} 星，${WORDS[n]}${n === score ? '，已选' : ''}`,
            })}
          >
            ★
          </Text>
        ))}
      </View>
      <Text className="cs-rating__word">{score ? WORDS[score] : '点星星打分'}</Text>
      <Button type="primary" disabled={!score} loading={busy} onClick={() => onSubmit(score)} testId="rating-submit">
        提交评价
      </Button>
    </View>
  );
}

export const ratingWord = (score: number) => WORDS[score] ?? '';
