import { View } from '@tarojs/components';
import { money } from '../labels';
import type { CareSummary } from '../types';
import './care.css';

/** A year's care in numbers: by kind for a school, by group and by school for an upper union. Never names. */
export function SummaryView({ summary }: { summary: CareSummary }) {
  const rows = summary.byKind.length
    ? summary.byKind.map((k) => ({ key: k.kind, ...k }))
    : summary.byGroup.map((g) => ({ key: g.group, ...g }));
  return (
    <View>
      <View className="care-block" data-testid="care-totals">
        <View className="care-block__title">
          {summary.unionName} {summary.year}年
        </View>
        <View className="care-line">
          慰问合计 {summary.totals.count} 次，{money(summary.totals.amount)}
        </View>
        {rows.map((r) => (
          <View key={r.key} className="care-line care-line__meta">
            {r.label}：{r.count} 次，{money(r.amount)}
          </View>
        ))}
      </View>
      {summary.schools.length > 0 && (
        <View className="care-block" data-testid="care-schools">
          <View className="care-block__title">各校合计</View>
          {summary.schools.map((s) => (
            <View key={s.unionId} className="care-line">
              {s.unionName}
              <View className="care-line__meta">
                {s.parentName} · {s.count} 次 · {money(s.amount)}
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
