import { Text, View } from '@tarojs/components';
import { formatRelative } from '@/lib/dayjs';
import { decideBooking } from '../api';
import { dateTitle } from '../slot-labels';
import type { Booking } from '../types';
import { DecisionActions } from './decision-actions';
import './booking.css';

interface Props {
  booking: Booking;
  onDecided: (booking: Booking) => void;
}

/** A booking waiting for 审核: who, which room, when; 通过 or 驳回 with a reason. */
export function ApprovalItem({ booking, onDecided }: Props) {
  return (
    <View className="bk-card" data-testid={`approval-${booking.id}`}>
      <View className="bk-card__head">
        <Text className="bk-card__title">{booking.room.name}</Text>
        <Text className="bk-tag bk-tag--orange">待审核</Text>
      </View>
      <Text className="bk-card__line">
        {dateTitle(booking.date)} {booking.start}–{booking.end}
      </Text>
      <Text className="bk-card__sub">
        申请人：{booking.member.name} · {formatRelative(booking.createdAt)}提交
      </Text>
      {booking.note && <Text className="bk-note">用途：{booking.note}</Text>}
      <DecisionActions
        approveText="通过"
        rejectText="驳回"
        reasonLabel="驳回理由"
        reasonPlaceholder="例如：当天已安排全校教职工大会"
        reasonMax={60}
        onDecide={async (decision, reason) => onDecided(await decideBooking(booking.id, decision, reason))}
      />
    </View>
  );
}
