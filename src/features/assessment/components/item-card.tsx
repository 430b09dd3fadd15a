import { type ReactNode, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Button, FormError, TextAreaField } from '@/components';
import { useAction } from '@/lib/use-action';
import { ApiError } from '@/services/http';
import { figureText } from '../labels';
import type { SelfItem } from '../types';
import './assessment.css';

export interface ReviewDraft {
  score: string;
  comment: string;
}

interface Props {
  item: SelfItem;
  /** fill: the school's staff edit; review: the upper union scores; read: everyone else. */
  mode: 'fill' | 'review' | 'read';
  onSave?: (score: number, evidence: string) => Promise<unknown>;
  review?: ReviewDraft;
  onReview?: (draft: ReviewDraft) => void;
  /** The item's evidence files, under the school's own words. */
  files?: ReactNode;
}

const parseScore = (text: string) => (text.trim() === '' ? NaN : Number(text));

/** One item of the standard: what it asks, the app's own figures, the school's score and evidence, the review. */
export function ItemCard({ item, mode, onSave, review, onReview, files }: Props) {
  const [score, setScore] = useState(item.selfScore === null ? '' : String(item.selfScore));
  const [evidence, setEvidence] = useState(item.evidence);
  const save = useAction(async () => {
    const value = parseScore(score);
    if (Number.isNaN(value) || value < 0 || value > item.points)
      throw new ApiError('business', 400, 'LOCAL', `请填写 0 到 ${item.points} 之间的自评分`);
    return onSave?.(value, evidence);
  });
  return (
    <View className="as-item" data-testid={`item-${item.key}`}>
      <View className="as-item__head">
        <Text className="as-item__title">{item.title}</Text>
        <Text className="as-item__points">{item.points} 分</Text>
      </View>
      {item.evidenceHint && <View className="as-item__hint">佐证材料：{item.evidenceHint}</View>}
      {item.figureKey && (
        <View
          className="as-item__figures"
          data-testid={`figures-${item.key}`}
          aria-label="小程序中已有的数据，自动填入"
        >
          <View className="as-item__figures-title">自动填入（来自小程序的记录）</View>
          {item.figures.length === 0 && <View className="as-item__figure">相关功能启用后自动填入</View>}
          {item.figures.map((f) => (
            <View key={f.label} className="as-item__figure">
              {f.label}：<Text className="as-item__figure-value">{figureText(f)}</Text>
            </View>
          ))}
        </View>
      )}
      {mode === 'fill' ? (
        <View className="as-item__form">
          <View className="as-item__row">
            <Text className="as-item__label">自评分</Text>
            <Input
              className="ui-input as-item__score"
              type="digit"
              value={score}
              placeholder={`0–${item.points}`}
              placeholderClass="ui-input-placeholder"
              aria-label={`${item.area}：自评分，满分 ${item.points} 分`}
              data-testid={`score-${item.key}`}
              onInput={(e) => setScore(e.detail.value)}
            />
          </View>
          <TextAreaField
            hideLabel
            label={`${item.area}：自评说明`}
            className="as-item__evidence"
            maxLength={2000}
            placeholder="自评说明：做了什么，材料在哪里"
            value={evidence}
            onInput={setEvidence}
            testId={`evidence-${item.key}`}
          />
          <FormError message={save.error} />
          <Button size="small" loading={save.busy} onClick={() => void save.run()} testId={`save-${item.key}`}>
            {item.selfScore === null ? '保存这一条' : '更新这一条'}
          </Button>
        </View>
      ) : (
        <View className="as-item__answer">
          <View>
            自评分：<Text className="as-item__strong">{item.selfScore ?? '未填'}</Text>
          </View>
          {item.evidence && <View className="as-item__text">{item.evidence}</View>}
        </View>
      )}
      {files}
      {mode === 'review' && review && onReview ? (
        <View className="as-item__form as-item__form--review">
          <View className="as-item__row">
            <Text className="as-item__label">评审分</Text>
            <Input
              className="ui-input as-item__score"
              type="digit"
              value={review.score}
              placeholder={`0–${item.points}`}
              placeholderClass="ui-input-placeholder"
              aria-label={`${item.area}：评审分，满分 ${item.points} 分`}
              data-testid={`review-score-${item.key}`}
              onInput={(e) => onReview({ ...review, score: e.detail.value })}
            />
          </View>
          <Input
            className="ui-input"
            value={review.comment}
            placeholder="评审意见（选填）"
            placeholderClass="ui-input-placeholder"
            maxlength={500}
            aria-label={`${item.area}：评审意见`}
            onInput={(e) => onReview({ ...review, comment: e.detail.value })}
          />
        </View>
      ) : (
        (item.reviewScore !== null || item.reviewComment) && (
          <View className="as-item__review">
            上级评审：{item.reviewScore ?? '—'} 分{item.reviewComment ? `。${item.reviewComment}` : ''}
          </View>
        )
      )}
    </View>
  );
}
