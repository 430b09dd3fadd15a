import { View } from '@tarojs/components'
import './clubs.css'

interface Props<K extends string> {
  items: readonly { key: K; label: string }[]
  value: K | null
  onChange: (key: K) => void
  testIdPrefix: string
}

/** Large single-choice chips: easier to hit than a picker wheel. */
export function ChoiceChips<K extends string>({ items, value, onChange, testIdPrefix }: Props<K>) {
  return (
    <View className='clubs-chips'>
      {items.map((item) => (
        <View key={item.key} className={`clubs-chip${item.key === value ? ' clubs-chip--on' : ''}`} onClick={() => onChange(item.key)}
          data-testid={`${testIdPrefix}${item.key}`}>
          {item.label}
        </View>
      ))}
    </View>
  )
}
