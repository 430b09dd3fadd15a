import { View } from '@tarojs/components'
import './choice-chips.css'

interface Props<K extends string | number> {
  items: readonly { key: K; label: string }[]
  value: K | null
  onChange: (key: K) => void
  testIdPrefix: string
}

/** Large single-choice chips, easier to hit than a picker wheel. */
export function ChoiceChips<K extends string | number>({ items, value, onChange, testIdPrefix }: Props<K>) {
  return (
    <View className='help-chips'>
      {items.map((item) => (
        <View
          key={item.key}
          className={`help-chips__chip${item.key === value ? ' help-chips__chip--on' : ''}`}
          onClick={() => onChange(item.key)}
          data-testid={`${testIdPrefix}${item.key}`}
        >
          {item.label}
        </View>
      ))}
    </View>
  )
}
