import { View } from '@tarojs/components'
import { FONT_SIZES, type FontSize } from '../../device/fontSize'
import './index.scss'

interface Props {
  value: FontSize
  onChange: (size: FontSize) => void
}

/**
 * 字号 标准 / 大 / 特大 as one row of segments: always in sight, one tap,
 * the current choice visible — easier for older readers than a menu.
 */
export default function FontSizePicker({ value, onChange }: Props) {
  return (
    <View className='font-size-picker'>
      字号
      <View className='font-size-picker__options'>
        {FONT_SIZES.map((size) => (
          <View
            key={size.value}
            className={`font-size-picker__option ${size.value === value ? 'font-size-picker__option--active' : ''}`}
            onClick={() => onChange(size.value)}
          >
            {size.label}
          </View>
        ))}
      </View>
    </View>
  )
}
