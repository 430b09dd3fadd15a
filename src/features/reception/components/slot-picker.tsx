import { Text, View } from '@tarojs/components';
import { formatTime } from '@/lib/dayjs';
import type { Slot } from '../types';
import { a11y } from '@/components';
import './slot-picker.css';

interface Props {
  slots: Slot[];
  value: string | null;
  onChange: (startsAt: string) => void;
}

const NOTE: Record<Slot['state'], string> = { free: '可约', taken: '已约', mine: '我的', past: '已过' };

/** The session's slots, three a row: free ones can be chosen, the rest say why not. */
export function SlotPicker({ slots, value, onChange }: Props) {
  return (
    <View className="slot-picker" data-testid="slot-picker">
      {slots.map((slot) => {
        const chosen = slot.startsAt === value;
        const classes = ['slot-picker__slot', `slot-picker__slot--${slot.state}`];
        if (chosen) classes.push('slot-picker__slot--chosen');
        return (
          <View
            key={slot.startsAt}
            className={classes.join(' ')}
            onClick={slot.state === 'free' ? () => onChange(slot.startsAt) : undefined}
            data-testid={slot.state === 'free' ? 'slot-free' : `slot-${slot.state}`}
            {...a11y({ role: 'radio', checked: chosen, disabled: slot.state !== 'free' })}
          >
            <Text className="slot-picker__time">{formatTime(slot.startsAt)}</Text>
            <Text className="slot-picker__note">{chosen ? '已选' : NOTE[slot.state]}</Text>
          </View>
        );
      })}
    </View>
  );
}
