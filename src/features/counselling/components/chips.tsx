import { Text, View } from '@tarojs/components';
import { a11y } from '@/components';
import './chips.css';

export interface ChipOption<K extends string> {
  key: K;
  label: string;
  /** A second, smaller line: a count, a hint. */
  sub?: string;
}

interface Props<K extends string> {
  options: readonly ChipOption<K>[];
  /** Which chips are on: one for a single choice, several for a multiple one. */
  isOn: (key: K) => boolean;
  onTap: (key: K) => void;
  testIdPrefix: string;
  /** Three equal chips a row (times), instead of chips as wide as their words. */
  grid?: boolean;
  /** Several may be on at once (checkboxes); otherwise one is chosen (radios). */
  several?: boolean;
}

/** Large tappable choices for a mode, a day, a time, a score. */
export function Chips<K extends string>({ options, isOn, onTap, testIdPrefix, grid, several }: Props<K>) {
  return (
    <View className={`cs-chips${grid ? ' cs-chips--grid' : ''}`}>
      {options.map((o) => (
        <View
          key={o.key}
          className={`cs-chips__chip${isOn(o.key) ? ' cs-chips__chip--on' : ''}`}
          onClick={() => onTap(o.key)}
          data-testid={`${testIdPrefix}${o.key}`}
          {...a11y({ role: several ? 'checkbox' : 'radio', checked: isOn(o.key) })}
        >
          <Text className="cs-chips__label">{o.label}</Text>
          {o.sub && <Text className="cs-chips__sub">{o.sub}</Text>}
        </View>
      ))}
    </View>
  );
}
