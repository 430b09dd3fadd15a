import { Text, View } from '@tarojs/components';
import { a11y, Tag } from '@/components';
import { beijing } from '@/lib/dayjs';
import { RECEIVER_LABELS, slotRange, todayIn } from '../labels';
import type { ReceptionSession } from '../types';
import './session-card.css';

interface Props {
  session: ReceptionSession;
  onClick: () => void;
}

/** One reception day: the date block on the left, time, place and who receives, and what is left. */
export function SessionCard({ session, onClick }: Props) {
  const day = beijing(session.startsAt);
  const isToday = session.date === todayIn();
  const full = session.freeSlots === 0;
  return (
    <View
      className="session-card"
      hoverClass="session-card--hover"
      onClick={onClick}
      data-testid={`session-${session.id}`}
      {...a11y({ role: 'link' })}
    >
      <View className={`session-card__date${isToday ? ' session-card__date--today' : ''}`}>
        <Text className="session-card__month">{isToday ? '今天' : `${day.month() + 1}月`}</Text>
        <Text className="session-card__day">{day.date()}</Text>
        <Text className="session-card__weekday">{day.format('ddd')}</Text>
      </View>
      <View className="session-card__body">
        <Text className="session-card__time">{slotRange(session.startsAt, session.endsAt)}</Text>
        <Text className="session-card__meta">{session.place}</Text>
        <Text className="session-card__meta">
          {session.receiverName}（{RECEIVER_LABELS[session.receiverRole]}）接待
        </Text>
      </View>
      <View className="session-card__side">
        {session.myAppointmentId ? (
          <Tag tone="green">已预约</Tag>
        ) : (
          <Text className={`session-card__free${full ? ' session-card__free--full' : ''}`}>
            {full ? '已约满' : `余 ${session.freeSlots} 个时段`}
          </Text>
        )}
      </View>
    </View>
  );
}
