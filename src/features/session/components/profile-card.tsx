import { Text, View } from '@tarojs/components';
import { Tag } from '@/components';
import { memberRoleLabels } from '../roles';
import type { Me } from '../types';
import './session.css';

export function ProfileCard({ member }: { member: Me }) {
  return (
    <View className="profile-card">
      <View className="session-avatar profile-card__avatar">{member.name.slice(0, 1)}</View>
      <View className="profile-card__info">
        <Text className="profile-card__name" data-testid="mine-name">
          {member.name}
        </Text>
        <Text className="profile-card__meta">工号 {member.staffNo}</Text>
        <View className="profile-card__tags">
          {memberRoleLabels(member).map((label) => (
            <Tag key={label} tone={label === '会员' ? 'grey' : 'green'}>
              {label}
            </Tag>
          ))}
        </View>
      </View>
    </View>
  );
}
