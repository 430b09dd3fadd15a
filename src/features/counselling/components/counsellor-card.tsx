import { Text, View } from '@tarojs/components';
import { Tag } from '@/components';
import { formatDateTime } from '@/lib/dayjs';
import { MODE_LABELS } from '../labels';
import type { Counsellor } from '../types';
import './counsellor-card.css';

/** A counsellor's profile as members see it. */
export function CounsellorCard({ counsellor }: { counsellor: Counsellor }) {
  return (
    <View className="cs-profile" data-testid="counsellor-card">
      <View className="cs-profile__head">
        <View className="cs-profile__avatar">
          <Text>{counsellor.displayName.slice(0, 1)}</Text>
        </View>
        <View className="cs-profile__who">
          <Text className="cs-profile__name">{counsellor.displayName}</Text>
          <View className="cs-profile__modes">
            {counsellor.modes.map((m) => (
              <Tag key={m} tone="grey">
                {MODE_LABELS[m]}
              </Tag>
            ))}
          </View>
        </View>
      </View>
      {counsellor.qualifications && <Text className="cs-profile__qualifications">{counsellor.qualifications}</Text>}
      {counsellor.introduction && <Text className="cs-profile__intro">{counsellor.introduction}</Text>}
      <View className="cs-profile__facts">
        {counsellor.room && <Text className="cs-profile__fact">面谈地点：{counsellor.room}</Text>}
        <Text className="cs-profile__fact">每次约 {counsellor.slotMinutes} 分钟</Text>
        <Text className="cs-profile__fact">
          最早可约：{counsellor.nextSlotAt ? formatDateTime(counsellor.nextSlotAt) : '近期已约满'}
        </Text>
      </View>
    </View>
  );
}
