import { Text, View } from '@tarojs/components';
import { a11y } from '@/components';
import { slotLabel } from '../slot-labels';
import type { AvailabilitySlot, RoomMode } from '../types';
import './slot-grid.css';

const LEGEND = [
  { tone: 'free', text: '可约' },
  { tone: 'few', text: '名额紧张' },
  { tone: 'mine', text: '我的' },
  { tone: 'full', text: '已满' },
  { tone: 'closed', text: '闭馆' },
  { tone: 'past', text: '已过' },
];

export function SlotLegend() {
  return (
    <View className="bk-legend">
      {LEGEND.map((l) => (
        <View key={l.tone} className="bk-legend__item">
          <View className={`bk-legend__swatch bk-slot--${l.tone}`} {...a11y({ hidden: true })} />
          <Text>{l.text}</Text>
        </View>
      ))}
    </View>
  );
}

interface Props {
  slots: AvailabilitySlot[];
  mode: RoomMode;
  onTap: (slot: AvailabilitySlot) => void;
}

/** Three slots a row; every cell says its state in words (可约, 余 2, 已满, 我的, 闭馆, 已过). */
export function SlotGrid({ slots, mode, onTap }: Props) {
  return (
    <View className="bk-slots">
      {slots.map((slot) => {
        const label = slotLabel(slot, mode);
        return (
          <View
            key={slot.startsAt}
            className={`bk-slot bk-slot--${label.tone}`}
            hoverClass={label.bookable ? 'bk-slot--hover' : 'none'}
            onClick={() => onTap(slot)}
            data-testid={`slot-${slot.start}`}
            data-state={slot.state}
            {...a11y({
              role: 'button',
              // Read as one phrase: "一键预约 12:00–13:00 余 4 位" or "12:00–13:00 已满".
              label: [label.bookable ? '一键预约' : '', `${slot.start}–${slot.end}`, label.text, label.detail ?? '']
                .filter(Boolean)
                .join(' '),
              disabled: !label.bookable && label.tone !== 'mine',
            })}
          >
            <Text className="bk-slot__time">
              {slot.start}–{slot.end}
            </Text>
            <Text className="bk-slot__text">{label.tone === 'mine' ? `✓ ${label.text}` : label.text}</Text>
            {label.detail && <Text className="bk-slot__detail">{label.detail}</Text>}
          </View>
        );
      })}
    </View>
  );
}
