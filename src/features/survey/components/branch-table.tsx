import { Text, View } from '@tarojs/components';
import { formatPercent } from '../format';
import type { BranchResult } from '../types';
import './results.css';

/** 分工会 side by side; a group under five answers shows 样本不足 instead of any figure. */
export function BranchTable({ branches, minGroup }: { branches: BranchResult[]; minGroup: number }) {
  return (
    <View className="sv-card" data-testid="branch-table">
      <Text className="sv-card__label">各分工会</Text>
      <View className="sv-table__row sv-table__row--head">
        <Text className="sv-table__name">分工会</Text>
        <Text className="sv-table__cell">参评率</Text>
        <Text className="sv-table__cell">满意率</Text>
      </View>
      {branches.map((b) => (
        <View key={b.branchId ?? 'other'} className="sv-table__row" data-testid="branch-row">
          <View className="sv-table__name">
            <Text>{b.name}</Text>
            {b.audience !== null && <Text className="sv-table__sub">应参评 {b.audience} 人</Text>}
          </View>
          {b.insufficient ? (
            <Text className="sv-table__insufficient">样本不足</Text>
          ) : (
            <>
              <Text className="sv-table__cell">{b.turnoutRate === null ? '—' : formatPercent(b.turnoutRate)}</Text>
              <Text className="sv-table__cell">{formatPercent(b.satisfactionRate)}</Text>
            </>
          )}
        </View>
      ))}
      <Text className="sv-card__foot">不足 {minGroup} 份答卷的分组不显示任何数字，保护匿名。</Text>
    </View>
  );
}
