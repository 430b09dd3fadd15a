import { Text, View } from '@tarojs/components';
import { Tag } from '@/components';
import { formatDate } from '../labels';
import type { CongressSession } from '../types';
import './congress.css';

/** The session: its name, collection window, and what the viewer is in it (代表, 委员会, 工会). */
export function SessionCard({ session: s }: { session: CongressSession }) {
  const window = `征集时间：${formatDate(s.opensOn)} 至 ${formatDate(s.closesOn)}`;
  return (
    <View className="congress-card" data-testid="congress-session">
      <Text className="congress-card__title">{s.title}</Text>
      <Text className="congress-card__meta">{window}</Text>
      <Text className="congress-card__meta">
        每件提案须有 {s.secondersRequired} 位代表附议后提交；已提交 {s.motionCount} 件
      </Text>
      <View className="congress-card__tags">
        <Tag tone={s.collecting ? 'green' : 'grey'}>{s.collecting ? '正在征集提案' : '不在征集期'}</Tag>
        {s.delegate && <Tag tone="green">{`${s.term}代表`}</Tag>}
        {s.committee && <Tag tone="orange">提案工作委员会</Tag>}
        {s.published && <Tag tone="grey">提案已公开</Tag>}
      </View>
    </View>
  );
}
