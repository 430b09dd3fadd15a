import { View } from '@tarojs/components'
import './choice-chips.css'

export interface ChoiceItem<K extends string | number> {
  key: K
  label: string
}

interface Props<K extends string | number> {
  items: readonly ChoiceItem<K>[]
  /** The chosen key (null: none yet), or the chosen keys when several may be on. */
  value: K | null | readonly K[]
  /** Called with the tapped key: the caller decides whether it selects, toggles or removes. */
  onChange: (key: K) => void
  /** Each chip gets data-testid `${testIdPrefix}${key}`. */
  testIdPrefix?: string
  /** 'pill' (the default) for short answers; 'card' (slightly rounded) for a form's longer labels. */
  shape?: 'pill' | 'card'
  /** Extra class on the row, for a feature's own spacing around it. */
  className?: string
  testId?: string
}

/** Large choices in a wrapping row, easier to hit than a picker wheel: a topic, a rating, roles, a year. */
export function ChoiceChips<K extends string | number>({ items, value, onChange, testIdPrefix, shape = 'pill', className, testId }: Props<K>) {
  const isOn = (key: K) => (Array.isArray(value) ? (value as readonly K[]).includes(key) : key === value)
  return (
    <View className={`ui-chips${className ? ` ${className}` : ''}`} data-testid={testId}>
      {items.map((item) => (
        <View
          key={item.key}
          className={`ui-chips__chip ui-chips__chip--${shape}${isOn(item.key) ? ' ui-chips__chip--on' : ''}`}
          onClick={() => onChange(item.key)}
          data-testid={testIdPrefix ? `${testIdPrefix}${item.key}` : undefined}
        >
          {item.label}
        </View>
      ))}
    </View>
  )
}
