import { View } from '@tarojs/components'
import './index.scss'

interface Props<K extends string> {
  items: readonly { key: K; label: string }[]
  active: K
  onChange: (key: K) => void
  /** `bar`: the page's sections, under the title bar; `chips`: a filter inside a section. */
  look?: 'bar' | 'chips'
}

/**
 * One choice among a few, WeUI's navbar or its filter chips: the active one
 * in the brand colour. A tap on it is passed on too (自定义 opens its
 * calendar again; a preset asks again).
 */
export default function OperatorsTabs<K extends string>({ items, active, onChange, look = 'bar' }: Props<K>) {
  return (
    <View className={`operators-tabs operators-tabs--${look}`}>
      {items.map(({ key, label }) => (
        <View
          key={key}
          className={`operators-tabs__item${key === active ? ' operators-tabs__item--on' : ''}`}
          onClick={() => onChange(key)}
        >
          {label}
        </View>
      ))}
    </View>
  )
}
