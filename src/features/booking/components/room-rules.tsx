import { Text, View } from '@tarojs/components';
import { quotaChips, ruleLines } from '../rules-text';
import type { QuotaUsage, RoomRulesView } from '../types';
import './room-rules.css';

/** 今天已约 1/1 次 · 本周已约 2/3 次 · 待使用 1/2 个: the member's own use, for the date on screen. */
export function QuotaUsageBar({ quota, today }: { quota: QuotaUsage | null; today: string }) {
  const chips = quotaChips(quota, today);
  if (chips.length === 0) return null;
  return (
    <View className="bk-quota" data-testid="quota-usage">
      {chips.map((c) => (
        <View key={c.label} className={`bk-quota__item${c.full ? ' bk-quota__item--full' : ''}`}>
          <Text className="bk-quota__label">{c.label}</Text>
          <Text className="bk-quota__value">{c.value}</Text>
        </View>
      ))}
    </View>
  );
}

/** 预约规则: window and release, quotas, cancel cut-off, check-in, approval. */
export function RoomRulesCard({ rules }: { rules: RoomRulesView }) {
  return (
    <View className="bk-room-rules" data-testid="room-rules">
      <Text className="bk-room-rules__title">预约规则</Text>
      {ruleLines(rules).map((line) => (
        <View key={line.label} className="bk-room-rules__row">
          <Text className="bk-room-rules__label">{line.label}</Text>
          <Text className="bk-room-rules__text">{line.text}</Text>
        </View>
      ))}
    </View>
  );
}
