import { Text, View } from '@tarojs/components';
import { Button } from '@/components';
import { formatDateTime, formatTime } from '@/lib/dayjs';
import { dateTitle } from '../slot-labels';
import { bookingStatusLabel } from '../status';
import type { Booking } from '../types';
import { StatusTag } from './status-tag';
import './booking.css';

const REASON_LABELS: Partial<Record<Booking['status'], string>> = {
  cancelled: '取消原因',
  rejected: '未通过原因',
  no_show: '说明',
};

function Hint({ booking, now }: { booking: Booking; now: number }) {
  const { status } = booking;
  if (status === 'checked_in' && booking.checkedInAt)
    return <Text className="bk-card__sub">已于 {formatTime(booking.checkedInAt)} 签到</Text>;
  if (booking.reason && REASON_LABELS[status]) {
    return (
      <Text className="bk-note">
        {REASON_LABELS[status]}：{booking.reason}
      </Text>
    );
  }
  if (status !== 'confirmed' && status !== 'pending') return null;
  if (status === 'pending') return <Text className="bk-note bk-note--warn">等待工会审核，结果会通过消息通知您</Text>;
  if (booking.source === 'series') return <Text className="bk-card__sub">固定安排，为团体保留场地，无需扫码签到</Text>;
  const opens = Date.parse(booking.checkInOpensAt);
  if (now >= opens && now < Date.parse(booking.checkInClosesAt)) {
    return (
      <Text className="bk-note bk-note--ok">
        现在可以签到：请扫描场地门口的签到码，{formatTime(booking.checkInClosesAt)} 前有效
      </Text>
    );
  }
  return <Text className="bk-card__sub">{formatTime(opens)} 起可扫码签到，逾时记为未到场</Text>;
}

interface Props {
  booking: Booking;
  now: number;
  cancelling?: boolean;
  onCancel?: () => void;
}

/** One booking on 我的预约: room, time, status in words, and 取消预约 while that is allowed. */
export function BookingCard({ booking, now, cancelling, onCancel }: Props) {
  const status = bookingStatusLabel(booking, now);
  const open = booking.status === 'confirmed' || booking.status === 'pending';
  return (
    <View className="bk-card" data-testid={`booking-${booking.id}`}>
      <View className="bk-card__head">
        <Text className="bk-card__title">{booking.room.name}</Text>
        <StatusTag text={status.text} tone={status.tone} testId="booking-status" />
      </View>
      <Text className="bk-card__line">
        {dateTitle(booking.date, now)} {booking.start}–{booking.end}
      </Text>
      {booking.room.location && <Text className="bk-card__sub">{booking.room.location}</Text>}
      <Hint booking={booking} now={now} />
      {open && booking.cancellable && onCancel && (
        <View className="bk-card__actions">
          <Text className="bk-card__deadline">{formatDateTime(booking.cancelDeadline, now)} 前可取消</Text>
          <Button type="warn" size="small" loading={cancelling} onClick={onCancel} testId="booking-cancel">
            取消预约
          </Button>
        </View>
      )}
      {open && !booking.cancellable && Date.parse(booking.startsAt) > now && (
        <Text className="bk-card__sub">
          已过取消截止时间（{formatDateTime(booking.cancelDeadline, now)}），如不能到场请联系工会
        </Text>
      )}
    </View>
  );
}
