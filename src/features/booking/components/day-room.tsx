import { Text, View } from '@tarojs/components';
import { formatTime } from '@/lib/dayjs';
import { dayBookingLabel, SOURCE_LABELS } from '../status';
import type { DayRoom, DaySlot, DayView } from '../types';
import { StatusTag } from './status-tag';
import './booking.css';
import './day-room.css';

function SlotRow({ slot, now }: { slot: DaySlot; now: number }) {
  return (
    <View className="bk-day__slot">
      <View className="bk-day__slot-head">
        <Text className="bk-day__time">
          {slot.start}–{slot.end}
        </Text>
        <Text className="bk-day__count">
          已约 {slot.booked}/{slot.capacity}
        </Text>
      </View>
      {slot.bookings.map((b) => {
        const label =
          b.status === 'checked_in' && b.checkedInAt
            ? { text: `已签到 ${formatTime(b.checkedInAt)}`, tone: 'blue' as const }
            : dayBookingLabel(b, slot, now);
        return (
          <View key={b.id} className="bk-day__booking" data-testid={`day-booking-${b.id}`}>
            <View className="bk-day__who">
              <Text className="bk-day__name">{b.member.name}</Text>
              <Text className="bk-day__meta">
                工号 {b.member.staffNo}
                {b.source !== 'member' ? ` · ${SOURCE_LABELS[b.source] ?? b.source}` : ''}
                {b.note ? ` · ${b.note}` : ''}
              </Text>
            </View>
            <StatusTag text={label.text} tone={label.tone} />
          </View>
        );
      })}
    </View>
  );
}

/** The day at a glance: how many bookings, how many came, how many are still expected. */
export function DaySummary({ view, now }: { view: DayView; now: number }) {
  const all = view.rooms.flatMap((r) => r.slots.flatMap((s) => s.bookings.map((b) => dayBookingLabel(b, s, now).text)));
  const count = (...texts: string[]) => all.filter((t) => texts.includes(t)).length;
  const figures = [
    { label: '预约', value: all.length },
    { label: '已签到', value: count('已签到') },
    { label: '未签到', value: count('未签到') },
    { label: '未到场', value: count('未到场') },
  ];
  return (
    <View className="bk-day-sum" data-testid="day-summary">
      {figures.map((f) => (
        <View key={f.label} className="bk-day-sum__item">
          <Text className="bk-day-sum__value">{f.value}</Text>
          <Text className="bk-day-sum__label">{f.label}</Text>
        </View>
      ))}
    </View>
  );
}

/** One room's day for staff: each booked slot with who booked and whether they checked in. */
export function DayRoomCard({ room, now }: { room: DayRoom; now: number }) {
  const booked = room.slots.filter((s) => s.bookings.length > 0);
  const empty = room.slots.length - booked.length;
  const people = booked.reduce((n, s) => n + s.bookings.length, 0);
  return (
    <View className="bk-card" data-testid={`day-room-${room.id}`}>
      <View className="bk-card__head">
        <Text className="bk-card__title">{room.name}</Text>
        {room.closedReason ? (
          <StatusTag text="闭馆" tone="grey" />
        ) : (
          <StatusTag text={`${people} 人次`} tone={people ? 'green' : 'grey'} />
        )}
      </View>
      {room.closedReason && <Text className="bk-note">今日闭馆：{room.closedReason}</Text>}
      {!room.closedReason && room.slots.length === 0 && <Text className="bk-card__sub">当天不开放</Text>}
      {booked.map((slot) => (
        <SlotRow key={slot.startsAt} slot={slot} now={now} />
      ))}
      {empty > 0 && !room.closedReason && (
        <Text className="bk-card__sub">
          {booked.length ? `其余 ${empty} 个时段无人预约` : `共 ${empty} 个时段，均无人预约`}
        </Text>
      )}
    </View>
  );
}
