import { Text, View } from '@tarojs/components';
import { Button } from '@/components';
import { formatDateTime } from '@/lib/dayjs';
import { seriesWhenText } from '../series-plan';
import { dateTitle } from '../slot-labels';
import type { Series } from '../types';
import { StatusTag } from './status-tag';
import './booking.css';

const STATUS = {
  active: { text: '进行中', tone: 'green' },
  ended: { text: '已结束', tone: 'grey' },
  cancelled: { text: '已取消', tone: 'grey' },
} as const;

interface Props {
  series: Series;
  cancelling: boolean;
  onCancel: () => void;
}

/** One 固定安排 in the staff list: when, how many still to come, and 取消安排 while some are. */
export function SeriesCard({ series: s, cancelling, onCancel }: Props) {
  const status = STATUS[s.status];
  const seats = s.seats > 1 ? ` · 每次 ${s.seats} 个座位` : '';
  return (
    <View className="bk-card" data-testid={`series-${s.id}`}>
      <View className="bk-card__head">
        <Text className="bk-card__title">{s.title}</Text>
        <StatusTag text={status.text} tone={status.tone} testId="series-status" />
      </View>
      <Text className="bk-card__line">{seriesWhenText(s)}</Text>
      <Text className="bk-card__sub">
        {s.roomName}
        {seats}
      </Text>
      {s.startsOn !== s.endsOn && (
        <Text className="bk-card__sub">
          {dateTitle(s.startsOn)} 至 {dateTitle(s.endsOn)}
        </Text>
      )}
      <Text className="bk-card__sub" data-testid="series-counts">
        {s.status === 'cancelled'
          ? `已取消${s.heldBookings > 0 ? `，此前已使用 ${s.heldBookings} 个时段` : ''}`
          : `已安排 ${s.heldBookings} 个时段，还有 ${s.upcomingBookings} 个未开始`}
      </Text>
      {s.nextStartsAt && <Text className="bk-note">下一次：{formatDateTime(s.nextStartsAt)}</Text>}
      {s.status === 'active' && s.upcomingBookings > 0 && (
        <View className="bk-card__actions">
          <Text className="bk-card__deadline">由 {s.createdBy.name} 安排</Text>
          <Button size="small" type="warn" loading={cancelling} onClick={onCancel} testId="series-cancel">
            取消安排
          </Button>
        </View>
      )}
    </View>
  );
}
