import { View } from '@tarojs/components'
import type { FontSize } from '../../device/fontSize'
import BottomSheet from '../BottomSheet'
import FontSizePicker from '../FontSizePicker'
import './index.scss'

interface Props {
  open: boolean
  value: FontSize
  onChange: (size: FontSize) => void
  onClose: () => void
}

/** 字号 from the reading bar: a choice applies at once, to every article on this phone, and closes the sheet. */
export default function FontSizeSheet({ open, value, onChange, onClose }: Props) {
  return (
    <BottomSheet open={open} onClose={onClose}>
      <View className='font-size-sheet__title'>正文字号</View>
      <FontSizePicker
        value={value}
        onChange={(size) => {
          onChange(size)
          onClose()
        }}
      />
      <View className='font-size-sheet__note'>对这台手机上的所有文章生效</View>
    </BottomSheet>
  )
}
