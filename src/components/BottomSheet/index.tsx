import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import './index.scss'

interface Props {
  open: boolean
  /** A tap on the dimmed page; without it only the sheet's own buttons close it. */
  onClose?: () => void
}

/** A WeUI half-screen sheet over a dimmed page; the page underneath does not scroll. */
export default function BottomSheet({ open, onClose, children }: PropsWithChildren<Props>) {
  if (!open) return null
  return (
    <View className='bottom-sheet'>
      <View className='bottom-sheet__mask' catchMove onClick={onClose} />
      <View className='bottom-sheet__panel' catchMove>
        {children}
      </View>
    </View>
  )
}
