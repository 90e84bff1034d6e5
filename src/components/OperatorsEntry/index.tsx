import { View } from '@tarojs/components'
import { PAGES } from '../../contract/rules'
import { openPage } from '../../utils/navigation'
import MenuCell from '../MenuCell'
import './index.scss'

interface Props {
  /** me.get's isAdmin. */
  isAdmin: boolean
}

/**
 * 我的's way into 运营后台: a cell group of its own, shown to admins only.
 * Hiding it is a courtesy: the page checks again when it opens, and the
 * server refuses every admin action to anyone else.
 */
export default function OperatorsEntry({ isAdmin }: Props) {
  if (!isAdmin) return null
  return (
    <View className='operators-entry'>
      <MenuCell title='运营后台' arrow onClick={() => openPage(PAGES.admin)} />
    </View>
  )
}
