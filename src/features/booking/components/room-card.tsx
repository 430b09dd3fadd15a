import { Text, View } from '@tarojs/components';
import type { RoomSummary, RoomWithToday } from '../types';
import { StatusTag } from './status-tag';
import { a11y } from '@/components';
import './booking.css';
import './room-card.css';

const SHOWN_SLOTS = 6;

/** '按座位预约 · 每个时段 4 人' or '整场预约 · 可容纳 80 人' */
export function roomCapacityText(room: Pick<RoomSummary, 'mode' | 'capacity'>): string {
  return room.mode === 'seats' ? `按座位预约 · 每个时段 ${room.capacity} 人` : `整场预约 · 可容纳 ${room.capacity} 人`;
}

function TodaySlots({ room }: { room: RoomWithToday }) {
  const { note, freeSlots, freeCount } = room.today;
  if (note) return <Text className="bk-room__none">今天不开放：{note}</Text>;
  if (freeCount === 0) return <Text className="bk-room__none">今天已没有空闲时段，可预约其他日期</Text>;
  return (
    <View className="bk-room__slots">
      {freeSlots.slice(0, SHOWN_SLOTS).map((s) => (
        <View key={s.startsAt} className="bk-room__slot">
          <Text className="bk-room__slot-time">{s.start}</Text>
          {room.mode === 'seats' && <Text className="bk-room__slot-left">余{s.remaining}</Text>}
        </View>
      ))}
      {freeCount > SHOWN_SLOTS && <Text className="bk-room__more">等 {freeCount} 个</Text>}
    </View>
  );
}

/** A room on the list: what it is, where, and what is still free today. */
export function RoomCard({ room, onOpen }: { room: RoomWithToday; onOpen: () => void }) {
  return (
    <View
      className="bk-card bk-card--tap"
      hoverClass="bk-card--hover"
      onClick={onOpen}
      data-testid={`room-${room.id}`}
      {...a11y({ role: 'link' })}
    >
      <View className="bk-card__head">
        <Text className="bk-card__title">{room.name}</Text>
        {room.requiresApproval && <StatusTag text="需审批" tone="orange" />}
      </View>
      <Text className="bk-card__sub">
        {room.location ? `${room.location} · ` : ''}
        {roomCapacityText(room)}
      </Text>
      <View className="bk-room__today">
        <Text className="bk-room__label">今天空闲</Text>
        <TodaySlots room={room} />
      </View>
      <View className="bk-room__go">
        <Text>查看全部时段并预约</Text>
        <Text className="ui-cell__arrow" />
      </View>
    </View>
  );
}
