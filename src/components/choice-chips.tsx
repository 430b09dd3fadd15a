import { Text, View } from '@tarojs/components';
import { a11y } from './a11y';
import './choice-chips.css';

export interface ChoiceItem<K extends string | number> {
  key: K;
  label: string;
  /** Read aloud instead of the label, e.g. "满意 5 分" for a chip that shows "5". */
  spoken?: string;
}

interface Props<K extends string | number> {
  items: readonly ChoiceItem<K>[];
  /** The chosen key (null: none yet), or the chosen keys when several may be on. */
  value: K | null | readonly K[];
  /** Called with the tapped key: the caller decides whether it selects, toggles or removes. */
  onChange: (key: K) => void;
  /** Each chip gets data-testid `${testIdPrefix}${key}`. */
  testIdPrefix?: string;
  /** 'pill' (the default) for short answers; 'card' (slightly rounded) for a form's longer labels. */
  shape?: 'pill' | 'card';
  /** Extra class on the row, for a feature's own spacing around it. */
  className?: string;
  testId?: string;
  /** The question the chips answer, read before them (e.g. the field's name). */
  groupLabel?: string;
}

/** Large choices in a wrapping row, easier to hit than a picker wheel: a topic, a rating, roles, a year. */
export function ChoiceChips<K extends string | number>({
  items,
  value,
  onChange,
  testIdPrefix,
  shape = 'pill',
  className,
  testId,
  groupLabel,
}: Props<K>) {
  const several = Array.isArray(value);
  const isOn = (key: K) => (several ? (value as readonly K[]).includes(key) : key === value);
  return (
    <View
      className={`ui-chips${className ? ` ${className}` : ''}`}
      data-testid={testId}
      {...a11y({ role: several ? 'group' : 'radiogroup', label: groupLabel })}
    >
      {items.map((item) => {
        const on = isOn(item.key);
        return (
          <View
            key={item.key}
            className={`ui-chips__chip ui-chips__chip--${shape}${on ? ' ui-chips__chip--on' : ''}`}
            onClick={() => onChange(item.key)}
            data-testid={testIdPrefix ? `${testIdPrefix}${item.key}` : undefined}
            {...a11y({
              role: several ? 'checkbox' : 'radio',
              checked: on,
              label: item.spoken ? `${item.spoken}${on ? ' 已选' : ''}` : undefined,
            })}
          >
            {/* The tick shows the choice without relying on colour. */}
            {on && (
              <Text className="ui-chips__tick" {...a11y({ hidden: true })}>
                ✓
              </Text>
            )}
            {item.label}
          </View>
        );
      })}
    </View>
  );
}
