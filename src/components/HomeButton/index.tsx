import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { HOME_PAGE } from '../../constants/brand'
import './index.scss'

/** For pages opened from a share or a code, where there is nothing to go back to. */
export default function HomeButton() {
  return (
    <View className='home-button' onClick={() => Taro.switchTab({ url: HOME_PAGE })}>
      返回首页
    </View>
  )
}
