import { View } from '@tarojs/components'
import { FONT_SIZES, type FontSize } from '../../device/fontSize'
import './index.scss'

interface Props {
  value: FontSize
  onChange: (size: FontSize) => void
}

/**
 * 标准 / 大 / 特大 as one row of segments: one tap, the current choice
 * visible, each segment shown at the size it sets — easier for older
 * readers than a slider.
 */
export default function FontSizePicker({ value, onChange }: Props) {
  return (
    <View className='font-size-picker'>
      {FONT_SIZES.map((size) => (
        <View
          key={size.value}
          className={`font-size-picker__option font-size-picker__option--${size.value}${size.value === value ? ' font-size-picker__option--active' : ''}`}
          onClick={() => onChange(size.value)}
        >
          {size.label}
        </View>
      ))}
    </View>
  )
}
