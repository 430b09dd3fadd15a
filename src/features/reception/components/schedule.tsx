import { Text, View } from '@tarojs/components';
import { a11y, EmptyView } from '@/components';
import { formatDay, RECEIVER_LABELS, slotRange } from '../labels';
import type { Appointment, ReceptionSession } from '../types';
import { AppointmentItem } from './appointment-item';
import './schedule.css';

interface SessionBlockProps {
  session: ReceptionSession;
  appointments: Appointment[];
  /** Shows the date in the head (the week view); today's list leaves it out. */
  withDate?: boolean;
  onCancel?: (session: ReceptionSession) => void;
}

/** One session's head (time, place, receiver, how full) over its appointments in time order. */
export function SessionBlock({ session, appointments, withDate, onCancel }: SessionBlockProps) {
  const cancelled = session.status === 'cancelled';
  const head = (
    <View className="schedule__head">
      <Text className="schedule__title">
        {withDate ? `${formatDay(session.date)} ` : ''}
        {slotRange(session.startsAt, session.endsAt)}
      </Text>
      <Text className="schedule__meta">
        {session.place} · {session.receiverName}（{RECEIVER_LABELS[session.receiverRole]}）
        {cancelled ? ` · 已取消：${session.cancelReason ?? ''}` : ` · 已约 ${session.bookedCount}/${session.slotCount}`}
      </Text>
    </View>
  );
  const cancellable = onCancel && !cancelled && appointments.every((a) => a.status === 'booked');
  return (
    <View className="schedule" data-testid="session-block">
      <View className="schedule__bar">
        {head}
        {cancellable && (
          <Text className="link-text" onClick={() => onCancel(session)} {...a11y({ role: 'button' })}>
            取消本场
          </Text>
        )}
      </View>
      <View className="schedule__body">
        {appointments.length > 0 ? (
          appointments.map((a) => <AppointmentItem key={a.id} appointment={a} view="officer" />)
        ) : (
          <EmptyView text={cancelled ? '本场已取消' : '还没有会员预约'} />
        )}
      </View>
    </View>
  );
}

/** 今日接待 and the week: every session in the range with its appointments. */
export function Schedule({
  sessions,
  appointments,
  withDate,
  emptyText,
  onCancel,
}: {
  sessions: ReceptionSession[];
  appointments: Appointment[];
  withDate?: boolean;
  emptyText: string;
  onCancel?: (session: ReceptionSession) => void;
}) {
  if (sessions.length === 0) return <EmptyView text={emptyText} />;
  return (
    <View>
      {sessions.map((s) => (
        <SessionBlock
          key={s.id}
          session={s}
          withDate={withDate}
          onCancel={onCancel}
          appointments={appointments.filter((a) => a.sessionId === s.id)}
        />
      ))}
    </View>
  );
}
