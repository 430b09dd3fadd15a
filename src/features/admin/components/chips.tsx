import { View } from '@tarojs/components'
import './chips.css'

interface Props<K extends string> {
  items: readonly { key: K; label: string }[]
  /** The chosen keys: one for a single choice, any number for several. */
  chosen: readonly K[]
  onToggle: (key: K) => void
  testIdPrefix: string
}

/** Large rounded choices in a wrapping row: a status, roles, an audit category, a year. */
export function Chips<K extends string>({ items, chosen, onToggle, testIdPrefix }: Props<K>) {
  return (
    <View className='admin-chips'>
      {items.map(({ key, label }) => (
        <View key={key} data-testid={`${testIdPrefix}${key}`} onClick={() => onToggle(key)}
          className={chosen.includes(key) ? 'admin-chips__chip admin-chips__chip--on' : 'admin-chips__chip'}>
          {label}
        </View>
      ))}
    </View>
  )
}
