import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, FormError } from '@/components';
import { formatDateTime } from '@/lib/dayjs';
import { useAction } from '@/lib/use-action';
import { useSubscribeTemplate } from '@/lib/use-subscribe-template';
import { askToSubscribe } from '@/services/subscribe';
import { createBooking } from '../api';
import { cancelRule, checkInRule, quotaLines } from '../rules-text';
import { dateTitle } from '../slot-labels';
import type { AvailabilitySlot, BookableRoom, Booking, QuotaUsage } from '../types';
import { BottomSheet } from './bottom-sheet';
import { roomCapacityText } from './room-card';
import './booking.css';
import './booking-sheet.css';

interface Props {
  room: BookableRoom;
  slot: AvailabilitySlot;
  /** The member's quota use the grid came with (null: the room has no quotas). */
  quota: QuotaUsage | null;
  today: string;
  onClose: () => void;
  /** The booking was made: the page refreshes its grid. */
  onBooked: (booking: Booking) => void;
  onViewMine: () => void;
}

/** Tap a free slot → this sheet: the slot, the rules that apply, 确认预约; then the reminder. */
export function BookingSheet({ room, slot, quota, today, onClose, onBooked, onViewMine }: Props) {
  const templateId = useSubscribeTemplate('booking');
  const [booking, setBooking] = useState<Booking | null>(null);
  const [reminder, setReminder] = useState<'ask' | 'asking' | 'on' | 'off'>('ask');

  const {
    run,
    busy: submitting,
    error,
  } = useAction((roomId: number, startsAt: string) => createBooking({ roomId, startsAt }), {
    then: (made) => {
      setBooking(made);
      onBooked(made);
    },
  });
  const submit = () => void run(room.id, slot.startsAt);

  // Called straight from the tap: WeChat shows its permission dialog only for a tap.
  const remind = async () => {
    if (!templateId) return;
    setReminder('asking');
    setReminder((await askToSubscribe(templateId)) ? 'on' : 'off');
  };

  const when = `${dateTitle(slot.date)} ${slot.start}–${slot.end}`;
  if (booking) {
    const pending = booking.status === 'pending';
    return (
      <BottomSheet title={pending ? '已提交预约' : '预约成功'} onClose={onClose} testId="booking-done">
        <View className="bk-done">
          <View className={`bk-round-icon bk-done__icon${pending ? ' bk-done__icon--pending' : ''}`}>
            {pending ? '…' : '✓'}
          </View>
          <Text className="bk-done__title">{pending ? '已提交，等待工会审核' : '预约成功'}</Text>
          <Text className="bk-done__when">
            {room.name} · {when}
          </Text>
          <Text className="bk-done__hint">{pending ? '审核结果会通过消息通知您。' : checkInRule(room)}</Text>
        </View>
        {templateId && reminder !== 'off' && (
          <View className="bk-remind">
            <Text className="bk-remind__title">{reminder === 'on' ? '已开启提醒' : '需要微信提醒吗？'}</Text>
            <Text className="bk-remind__text">
              {reminder === 'on'
                ? '审核结果或开始前的提醒会通过微信通知您。'
                : '开启后，预约有变化或快开始时，微信会通知您。'}
            </Text>
            {reminder !== 'on' && (
              <Button type="primary" loading={reminder === 'asking'} onClick={remind} testId="booking-remind">
                开启微信提醒
              </Button>
            )}
          </View>
        )}
        <View className="bk-sheet-actions">
          <Button onClick={onViewMine} testId="booking-view-mine">
            查看我的预约
          </Button>
          <Button type="primary" onClick={onClose} testId="booking-finish">
            完成
          </Button>
        </View>
      </BottomSheet>
    );
  }

  // Quotas are a hint here, counted by the server with the grid; the booking itself decides.
  const quotaHints = quotaLines(quota, today);
  const exhausted = quotaHints.some((q) => q.exhausted);
  return (
    <BottomSheet title="确认预约" onClose={onClose} testId="booking-sheet">
      <View className="bk-confirm">
        <Text className="bk-confirm__room">{room.name}</Text>
        <Text className="bk-confirm__when">{when}</Text>
        <Text className="bk-confirm__meta">
          {room.location ? `${room.location} · ` : ''}
          {room.mode === 'seats' ? `剩余 ${slot.remaining} 个名额` : roomCapacityText(room)}
        </Text>
      </View>
      <View className="bk-rules">
        <Text className="bk-rules__title">预约须知</Text>
        {room.requiresApproval && <Text className="bk-rules__item">该场地需工会审核，审核通过后才算预约成功</Text>}
        <Text className="bk-rules__item">{cancelRule(room, slot.startsAt)}</Text>
        <Text className="bk-rules__item">{checkInRule(room)}</Text>
        {quotaHints.map((q) => (
          <Text key={q.text} className={`bk-rules__item${q.exhausted ? ' bk-rules__item--bad' : ''}`}>
            {q.text}
          </Text>
        ))}
      </View>
      <FormError message={error} />
      <View className="bk-sheet-actions">
        <Button type="primary" loading={submitting} onClick={submit} testId="booking-confirm">
          {exhausted ? '仍要提交预约' : room.requiresApproval ? '提交预约申请' : '确认预约'}
        </Button>
      </View>
      <Text className="bk-confirm__foot">
        提交后可在“我的预约”中查看
        {room.cancelCutoffMinutes > 0
          ? `，${formatDateTime(Date.parse(slot.startsAt) - room.cancelCutoffMinutes * 60_000)} 前可取消`
          : '和取消'}
      </Text>
    </BottomSheet>
  );
}
