import { View } from '@tarojs/components'
import './index.scss'

/** Moments' single-page mode reads only: where the rest of the app is (WeChat's own bar at the bottom). */
export default function SinglePageHint() {
  return <View className='single-page-hint'>当前为朋友圈浏览模式，点击底部「前往小程序」使用完整服务</View>
}
