import { Text, View } from '@tarojs/components';
import { formatDateTime, formatTime } from '@/lib/dayjs';
import type { CheckInResult } from '../types';
import { cssColor } from '@/lib/colors';
import './clubs.css';

/** The big green tick after scanning the event's code: which event, and when the member was counted. */
export function CheckInOutcome({ result }: { result: CheckInResult }) {
  const e = result.event;
  return (
    <View className="ui-status" data-testid="check-in-done">
      <View className="ui-status__icon" style={{ background: cssColor('brand-strong') }}>
        <Text className="ui-status__mark">✓</Text>
      </View>
      <Text className="ui-status__title">{result.alreadyCheckedIn ? '您已签到过了' : '签到成功'}</Text>
      <Text className="ui-status__text">
        {e.clubName} · {e.title}
      </Text>
      <Text className="ui-status__text">
        {formatDateTime(e.startsAt)}–{formatTime(e.endsAt)}，{e.place}
      </Text>
      <Text className="ui-status__text clubs-status-time">签到时间 {formatTime(result.checkedInAt)}</Text>
    </View>
  );
}
