import { useEffect, useState } from 'react';
import { ScrollView, Text, View } from '@tarojs/components';
import { a11y, EmptyView } from '@/components';
import { beijing, formatTime } from '@/lib/dayjs';
import type { SlotDay } from '../types';
import { Chips } from './chips';
import './slot-chooser.css';

interface Props {
  days: SlotDay[];
  value: string | null;
  onChange: (startsAt: string) => void;
  emptyText?: string;
}

/** Free sessions: a strip of days, then the times of the chosen day. */
export function SlotChooser({
  days,
  value,
  onChange,
  emptyText = '近期没有可预约的时段，请换一位咨询师或稍后再看',
}: Props) {
  const [day, setDay] = useState(days[0]?.date ?? '');
  // A new list (another mode, a refresh after a clash) starts from its own first day.
  useEffect(() => {
    if (!days.some((d) => d.date === day)) setDay(days[0]?.date ?? '');
  }, [days, day]);

  if (days.length === 0) return <EmptyView text={emptyText} />;
  const slots = days.find((d) => d.date === day)?.slots ?? [];
  return (
    <View className="cs-slots">
      <ScrollView scrollX className="cs-slots__days" enhanced showScrollbar={false}>
        {days.map((d) => (
          <View
            key={d.date}
            className={`cs-slots__day${d.date === day ? ' cs-slots__day--on' : ''}`}
            onClick={() => setDay(d.date)}
            data-testid={`slot-day-${d.date}`}
            {...a11y({ role: 'radio', checked: d.date === day })}
          >
            <Text className="cs-slots__date">{beijing(d.date).format('M月D日')}</Text>
            <Text className="cs-slots__weekday">{beijing(d.date).format('ddd')}</Text>
          </View>
        ))}
      </ScrollView>
      <Chips
        grid
        options={slots.map((s) => ({
          key: s.startsAt,
          label: formatTime(s.startsAt),
          sub: `至 ${formatTime(s.endsAt)}`,
        }))}
        isOn={(startsAt) => startsAt === value}
        onTap={onChange}
        testIdPrefix="slot-"
      />
    </View>
  );
}
