import { Text, View } from '@tarojs/components';
import type { HelpCounts } from '../types';
import { a11y } from '@/components';
import './summary-strip.css';

export type StripKey = 'submitted' | 'overdue' | 'waiting' | 'visits';

/** Four numbers a handler (and the chair) checks first: to accept, overdue, waiting, 回访 due. */
export function SummaryStrip({ counts, onPick }: { counts: HelpCounts; onPick: (key: StripKey) => void }) {
  const items: { key: StripKey; label: string; value: number; alert?: boolean }[] = [
    { key: 'submitted', label: '待受理', value: counts.submitted },
    { key: 'overdue', label: '超期未答复', value: counts.overdue, alert: counts.overdue > 0 },
    { key: 'waiting', label: '待会员补充', value: counts.waitingMember },
    { key: 'visits', label: '回访到期', value: counts.visitsDue, alert: counts.visitsOverdue > 0 },
  ];
  return (
    <View className="help-strip" data-testid="help-summary">
      {items.map((item) => (
        <View
          key={item.key}
          className="help-strip__item"
          hoverClass="help-strip__item--hover"
          onClick={() => onPick(item.key)}
          data-testid={`help-count-${item.key}`}
          {...a11y({ role: 'button' })}
        >
          <Text className={`help-strip__value${item.alert ? ' help-strip__value--alert' : ''}`}>{item.value}</Text>
          <Text className="help-strip__label">{item.label}</Text>
        </View>
      ))}
    </View>
  );
}
