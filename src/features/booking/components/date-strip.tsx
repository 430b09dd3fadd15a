import { ScrollView, Text, View } from '@tarojs/components';
import type { DateChip } from '../slot-labels';
import { a11y } from '@/components';
import './date-strip.css';

interface Props {
  chips: DateChip[];
  selected: string;
  onSelect: (date: string) => void;
}

/** The booking window, one chip a day, scrolling sideways; the chosen day stands out in green. */
export function DateStrip({ chips, selected, onSelect }: Props) {
  return (
    <ScrollView
      className="bk-dates"
      scrollX
      enhanced
      showScrollbar={false}
      scrollIntoView={`date-${selected}`}
      scrollWithAnimation
    >
      <View className="bk-dates__row" {...a11y({ role: 'tablist' })}>
        {chips.map((c) => {
          const active = c.date === selected;
          return (
            <View
              key={c.date}
              id={`date-${c.date}`}
              className={`bk-date bk-date--${c.tone}${active ? ' bk-date--active' : ''}`}
              onClick={() => !active && onSelect(c.date)}
              data-testid={`date-${c.date}`}
              {...a11y({
                role: 'tab',
                selected: active,
                label: `${c.day} ${c.monthDay} ${c.status}${active ? ' 已选' : ''}`,
              })}
            >
              <Text className="bk-date__day">{c.day}</Text>
              <Text className="bk-date__md">{c.monthDay}</Text>
              <Text className="bk-date__status">{c.status}</Text>
            </View>
          );
        })}
      </View>
    </ScrollView>
  );
}
