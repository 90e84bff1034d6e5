import { View } from '@tarojs/components'
import './index.scss'

interface Props {
  title: string
  onClick: () => void
  /** Opens another page: shows WeUI's arrow. */
  arrow?: boolean
  /** Takes something away (注销账号): WeUI's warning red. */
  danger?: boolean
}

/** One row of a WeUI cell group. */
export default function MenuCell({ title, onClick, arrow = false, danger = false }: Props) {
  return (
    <View className={`menu-cell${danger ? ' menu-cell--danger' : ''}`} onClick={onClick}>
      <View className='menu-cell__title'>{title}</View>
      {arrow && <View className='menu-cell__arrow' />}
    </View>
  )
}
