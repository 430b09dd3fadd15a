import { Text, View } from '@tarojs/components';
import { Tag } from '@/components';
import { formatTime } from '@/lib/dayjs';
import { formatPercent } from '../format';
import type { SurveyResults } from '../types';
import { Meter } from './meter';
import './results.css';

/** 参评率, with the counts behind it; while the evaluation is open it says when it was counted. */
export function TurnoutCard({ results }: { results: SurveyResults }) {
  const { turnout } = results;
  const live = results.survey.phase === 'open';
  return (
    <View className="sv-card" data-testid="turnout-card">
      <View className="sv-card__head">
        <Text className="sv-card__label">参评率</Text>
        {live && <Text className="sv-card__hint">实时 · {formatTime(results.generatedAt)} 更新</Text>}
      </View>
      <Text className="sv-figure sv-figure--plain" data-testid="turnout-rate">
        {formatPercent(turnout.rate)}
      </Text>
      <Meter percent={turnout.rate} tone="blue" />
      <Text className="sv-card__note" data-testid="turnout-counts">
        已参评 {turnout.answered} 人 / 应参评 {turnout.audience} 人
      </Text>
      {results.waiting > 0 && (
        <Text className="sv-card__note" data-testid="waiting-note">
          其中 {results.waiting} 份答卷尚待计入统计。为保护匿名，答卷每凑满 {results.minGroup}{' '}
          份才随机成批计入，评议结束时全部计入。
        </Text>
      )}
    </View>
  );
}

/** 满意率 against the pass line, and the three counts it is made of. */
export function SatisfactionCard({ results }: { results: SurveyResults }) {
  const s = results.satisfaction;
  if (!s) {
    return (
      <View className="sv-card">
        <Text className="sv-card__label">满意率</Text>
        <Text className="sv-card__note">本评议没有设置总体满意度题，不计算满意率。</Text>
      </View>
    );
  }
  return (
    <View className="sv-card" data-testid="satisfaction-card">
      <View className="sv-card__head">
        <Text className="sv-card__label">职工满意率</Text>
        <Tag tone={s.passed ? 'green' : 'orange'}>{s.passed ? '达标' : '未达标'}</Tag>
      </View>
      <Text className={`sv-figure${s.passed ? '' : ' sv-figure--warn'}`} data-testid="satisfaction-rate">
        {formatPercent(s.rate)}
      </Text>
      <Meter
        percent={s.rate}
        tone={s.passed ? 'green' : 'orange'}
        marker={s.passLine}
        markerLabel={`合格线 ${s.passLine}%`}
        testId="satisfaction-meter"
      />
      <View className="sv-counts">
        <Text>满意 {s.satisfied}</Text>
        <Text>基本满意 {s.basic}</Text>
        <Text>不满意 {s.unsatisfied}</Text>
      </View>
      <Text className="sv-card__foot">满意率 =（满意 + 基本满意）÷ 有效答卷 {s.valid} 份</Text>
    </View>
  );
}

/** Fewer than five answers counted: no figure at all, so no single answer can be read off. */
export function InsufficientCard({ results }: { results: SurveyResults }) {
  const { answered } = results.turnout;
  return (
    <View className="sv-card sv-card--quiet" data-testid="results-insufficient">
      <Text className="sv-card__label">样本不足</Text>
      <Text className="sv-card__note">
        {answered < results.minGroup
          ? `已有 ${answered} 人参评。满 ${results.minGroup} 人后才会显示统计结果，以免从少数答卷推断出个人的选择。`
          : `已有 ${answered} 人参评，答卷正在等待成批计入。计入满 ${results.minGroup} 份后显示统计结果，最迟在评议结束时。`}
      </Text>
    </View>
  );
}
