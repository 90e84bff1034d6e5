import { View } from '@tarojs/components'
import { goHome } from '../../utils/navigation'
import './index.scss'

/** For pages opened from a share or a code, where there is nothing to go back to. */
export default function HomeButton() {
  return (
    <View className='home-button' onClick={goHome}>
      返回首页
    </View>
  )
}
