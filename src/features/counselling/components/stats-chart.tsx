import { Text, View } from '@tarojs/components';
import { MODE_LABELS, MODES } from '../labels';
import type { MonthCount } from '../types';
import './stats-chart.css';

const monthLabel = (month: string) => `${Number(month.slice(5))}月`;

/** Requests and completed sessions per month as plain bars, with the split by mode underneath. */
export function StatsChart({ months }: { months: MonthCount[] }) {
  const max = Math.max(1, ...months.map((m) => m.requests));
  const total = months.reduce(
    (sum, m) => ({ requests: sum.requests + m.requests, completed: sum.completed + m.completed }),
    { requests: 0, completed: 0 },
  );
  // The longest bar leaves room for its number.
  const width = (n: number) => `${Math.round((n / max) * 85)}%`;
  return (
    <View className="cs-stats" data-testid="stats-chart">
      <View className="cs-stats__total">
        <View className="cs-stats__figure">
          <Text className="cs-stats__number">{total.requests}</Text>
          <Text className="cs-stats__caption">近 {months.length} 个月申请</Text>
        </View>
        <View className="cs-stats__figure">
          <Text className="cs-stats__number">{total.completed}</Text>
          <Text className="cs-stats__caption">完成咨询</Text>
        </View>
      </View>
      <View className="cs-stats__legend">
        <View className="cs-stats__swatch cs-stats__swatch--requests" />
        <Text className="cs-stats__legend-text">申请</Text>
        <View className="cs-stats__swatch cs-stats__swatch--completed" />
        <Text className="cs-stats__legend-text">完成</Text>
      </View>
      {[...months].reverse().map((m) => (
        <View key={m.month} className="cs-stats__month" data-testid={`stats-${m.month}`}>
          <Text className="cs-stats__label">{monthLabel(m.month)}</Text>
          <View className="cs-stats__bars">
            <View className="cs-stats__row">
              <View className="cs-stats__bar cs-stats__bar--requests" style={{ width: width(m.requests) }} />
              <Text className="cs-stats__value">{m.requests}</Text>
            </View>
            <View className="cs-stats__row">
              <View className="cs-stats__bar cs-stats__bar--completed" style={{ width: width(m.completed) }} />
              <Text className="cs-stats__value">{m.completed}</Text>
            </View>
            <Text className="cs-stats__modes">
              {MODES.map((mode) => `${MODE_LABELS[mode]} ${m.byMode[mode]}`).join(' · ')}
            </Text>
          </View>
        </View>
      ))}
    </View>
  );
}
