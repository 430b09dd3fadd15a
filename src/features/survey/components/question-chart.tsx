import { Text, View } from '@tarojs/components';
import { DISCLOSURE_TARGET, disclosureRate } from '../disclosure-target';
import { KIND_LABELS } from '../format';
import type { QuestionResult } from '../types';
import { Meter } from './meter';
import './results.css';

/** One question's distribution as bars, or its text answers as plain quotes with no name, no date. */
export function QuestionChart({ question }: { question: QuestionResult }) {
  const q = question;
  const disclosure = disclosureRate(q);
  return (
    <View className="sv-card" data-testid="question-result">
      <Text className="sv-question__title">
        {q.position}. {q.title}
      </Text>
      <Text className="sv-card__hint">
        {q.section ? `${q.section} · ` : ''}
        {KIND_LABELS[q.kind]} · 作答 {q.answered} 人{q.average !== null ? ` · 平均 ${q.average.toFixed(2)} 分` : ''}
      </Text>
      {q.options.map((o) => (
        <View key={o.label} className="sv-option">
          <View className="sv-option__row">
            <Text className="sv-option__label">{o.label}</Text>
            <Text className="sv-option__value">
              {o.count} 人 · {o.percent.toFixed(1)}%
            </Text>
          </View>
          <Meter percent={o.percent} thin />
        </View>
      ))}
      {disclosure !== null && (
        <View className="sv-option" data-testid="disclosure-rate">
          <Text className="sv-option__label">
            校务公开满意率 {disclosure.toFixed(1)}%（目标 {DISCLOSURE_TARGET}%，
            {disclosure >= DISCLOSURE_TARGET ? '已达到' : '未达到'}）
          </Text>
          <Meter
            percent={disclosure}
            tone={disclosure >= DISCLOSURE_TARGET ? 'green' : 'orange'}
            marker={DISCLOSURE_TARGET}
            markerLabel={`目标 ${DISCLOSURE_TARGET}%`}
          />
        </View>
      )}
      {q.kind === 'text' && q.texts.length > 0 && (
        <View className="sv-texts" data-testid="text-answers">
          {q.texts.map((text, i) => (
            <View key={i} className="sv-texts__item">
              <Text userSelect>{text}</Text>
            </View>
          ))}
        </View>
      )}
      {q.kind === 'text' && q.texts.length === 0 && (
        <Text className="sv-card__note">
          {q.answered > 0 ? `共 ${q.answered} 条，由工会整理后公布。` : '暂无意见建议。'}
        </Text>
      )}
    </View>
  );
}
