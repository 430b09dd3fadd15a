import { View } from '@tarojs/components';
import { CATEGORIES, POLICY_LABELS } from '../labels';
import type { Club } from '../types';
import './clubs.css';

/** Name, what kind of club, how many members, how to join, its leaders and introduction. */
export function ClubHeader({ club }: { club: Club }) {
  const category = CATEGORIES.find((c) => c.key === club.category)?.label;
  return (
    <View className="clubs-card" data-testid="club-header">
      <View className="clubs-card__title clubs-card__title--big">
        {club.name}
        {club.archived ? '（已停用）' : ''}
      </View>
      <View className="clubs-card__meta">
        {category} · {club.memberCount} 名成员{club.memberCap ? `（上限 ${club.memberCap}）` : ''} ·{' '}
        {POLICY_LABELS[club.joinPolicy]}
      </View>
      <View className="clubs-card__meta">负责人：{club.leaders.map((l) => l.name).join('、') || '待指定'}</View>
      <View className="clubs-card__body">{club.intro || '负责人还没有写简介'}</View>
    </View>
  );
}
