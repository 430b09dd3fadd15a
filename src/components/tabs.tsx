import { View } from '@tarojs/components';
import { a11y } from './a11y';
import './tabs.css';

export interface TabItem<K extends string> {
  key: K;
  label: string;
}

interface Props<K extends string> {
  items: readonly TabItem<K>[];
  value: K;
  onChange: (key: K) => void;
  /** Each tab gets data-testid `${testIdPrefix}${key}`. */
  testIdPrefix?: string;
}

// The active tab is bold with a bar under it, not only green.
export function Tabs<K extends string>({ items, value, onChange, testIdPrefix }: Props<K>) {
  return (
    <View className="ui-tabs" {...a11y({ role: 'tablist' })}>
      {items.map((item) => (
        <View
          key={item.key}
          className={`ui-tabs__item${item.key === value ? ' ui-tabs__item--active' : ''}`}
          onClick={() => item.key !== value && onChange(item.key)}
          data-testid={testIdPrefix ? `${testIdPrefix}${item.key}` : undefined}
          {...a11y({ role: 'tab', selected: item.key === value })}
        >
          {item.label}
        </View>
      ))}
    </View>
  );
}
