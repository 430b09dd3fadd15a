import { Text, View } from '@tarojs/components';
import { barWidths, hourLabel, percent, topHours } from '../usage-figures';
import type { Usage } from '../types';
import './usage-chart.css';

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <View className="bk-figure">
      <Text className="bk-figure__value">{value}</Text>
      <Text className="bk-figure__label">{label}</Text>
    </View>
  );
}

export function UsageTotals({ usage }: { usage: Usage }) {
  const t = usage.totals;
  return (
    <View className="bk-figures" data-testid="usage-totals">
      <Figure value={String(t.bookings)} label="预约人次" />
      <Figure value={percent(t.checkInRate)} label="签到率" />
      <Figure value={percent(t.noShowRate)} label="爽约率" />
      <Figure value={String(t.cancelled)} label="取消" />
    </View>
  );
}

interface Bar {
  key: string;
  label: string;
  value: number;
  /** Words after the number, e.g. '签到率 90%'. */
  extra?: string;
}

/** Horizontal bars as styled Views: label, bar, number in words (no chart library). */
export function BarList({ bars, unit }: { bars: Bar[]; unit: string }) {
  const widths = barWidths(bars.map((b) => b.value));
  return (
    <View className="bk-bars">
      {bars.map((b, i) => (
        <View key={b.key} className="bk-bar">
          <View className="bk-bar__head">
            <Text className="bk-bar__label">{b.label}</Text>
            <Text className="bk-bar__value">
              {b.value} {unit}
              {b.extra ? ` · ${b.extra}` : ''}
            </Text>
          </View>
          <View className="bk-bar__track">
            <View className="bk-bar__fill" style={{ width: `${widths[i]}%` }} />
          </View>
        </View>
      ))}
    </View>
  );
}

export const roomBars = (usage: Usage): Bar[] =>
  [...usage.rooms]
    .sort((a, b) => b.bookings - a.bookings)
    .map((r) => ({
      key: String(r.roomId),
      label: r.roomName,
      value: r.bookings,
      extra: r.checkInRate === null ? undefined : `签到率 ${percent(r.checkInRate)}`,
    }));

export const hourBars = (usage: Usage): Bar[] =>
  topHours(usage.busiestHours).map((h) => ({
    key: String(h.hour),
    label: `${hourLabel(h.hour)} 开始`,
    value: h.bookings,
  }));
