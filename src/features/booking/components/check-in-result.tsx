import { Text, View } from '@tarojs/components';
import { Button } from '@/components';
import { formatTime } from '@/lib/dayjs';
import { slotDay } from '../slot-labels';
import type { CheckInResult, FreeSlot } from '../types';
import './booking.css';
import './check-in-result.css';

const slotText = (s: Pick<FreeSlot, 'date' | 'start' | 'end'>) => `${slotDay(s.date)} ${s.start}–${s.end}`;

/** The big green state once the member is checked in (or already was). */
export function CheckInSuccess({ result }: { result: CheckInResult }) {
  const b = result.booking;
  const title =
    result.outcome === 'already_checked_in' ? '您已签到' : result.outcome === 'walked_in' ? '已使用并签到' : '签到成功';
  return (
    <View className="bk-panel bk-checkin bk-checkin--ok" data-testid="check-in-success">
      <View className="bk-round-icon bk-checkin__icon">✓</View>
      <Text className="bk-checkin__title">{title}</Text>
      <Text className="bk-checkin__room">{result.room.name}</Text>
      {b && <Text className="bk-checkin__time">{slotText(b)}</Text>}
      {result.room.location && <Text className="bk-checkin__meta">{result.room.location}</Text>}
      {b?.checkedInAt && <Text className="bk-checkin__meta">签到时间 {formatTime(b.checkedInAt)}</Text>}
    </View>
  );
}

interface RefusedProps {
  result: CheckInResult;
  walking: boolean;
  onWalkIn: () => void;
  onBookNext: (slot: FreeSlot) => void;
}

/** Not checked in: why, 立即使用 when the room is free now, otherwise the next free slot. */
export function CheckInRefused({ result, walking, onWalkIn, onBookNext }: RefusedProps) {
  const { walkIn, nextFree } = result;
  return (
    <View data-testid="check-in-refused">
      <View className="bk-panel bk-checkin">
        <View className="bk-round-icon bk-checkin__icon">!</View>
        <Text className="bk-checkin__room">{result.room.name}</Text>
        {result.room.location && <Text className="bk-checkin__meta">{result.room.location}</Text>}
        <Text className="bk-checkin__why" data-testid="check-in-message">
          {result.message}
        </Text>
      </View>
      {walkIn && (
        <View className="bk-checkin-offer" data-testid="walk-in-offer">
          <Text className="bk-checkin-offer__title">现在有空位，可以直接使用</Text>
          <Text className="bk-checkin-offer__slot">{slotText(walkIn)}</Text>
          <Text className="bk-checkin-offer__text">点“立即使用”将为您预约这个时段并同时签到。</Text>
          <Button type="primary" loading={walking} onClick={onWalkIn} testId="walk-in">
            立即使用
          </Button>
        </View>
      )}
      {!walkIn && nextFree && (
        <View className="bk-checkin-offer">
          <Text className="bk-checkin-offer__title">下一个空闲时段</Text>
          <Text className="bk-checkin-offer__slot">{slotText(nextFree)}</Text>
          <Text className="bk-checkin-offer__text">
            {nextFree.remaining > 1 ? `剩余 ${nextFree.remaining} 个名额。` : ''}可以先预约，到时再来扫码签到。
          </Text>
          <Button onClick={() => onBookNext(nextFree)} testId="book-next">
            去预约
          </Button>
        </View>
      )}
      {!walkIn && !nextFree && <Text className="bk-checkin__none">近期没有空闲时段</Text>}
    </View>
  );
}
