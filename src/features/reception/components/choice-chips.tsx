import { View } from '@tarojs/components'
import './choice-chips.css'

interface Props<K extends string> {
  items: readonly { key: K; label: string }[]
  value: K | null
  onChange: (key: K) => void
  testIdPrefix: string
}

/** A row of large single-choice chips: a topic, a rating. */
export function ChoiceChips<K extends string>({ items, value, onChange, testIdPrefix }: Props<K>) {
  return (
    <View className='choice-chips'>
      {items.map((item) => (
        <View
          key={item.key}
          className={`choice-chips__chip${item.key === value ? ' choice-chips__chip--on' : ''}`}
          onClick={() => onChange(item.key)}
          data-testid={`${testIdPrefix}${item.key}`}
        >
          {item.label}
        </View>
      ))}
    </View>
  )
}
