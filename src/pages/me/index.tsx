import { View } from '@tarojs/components'
import StatusView from '../../components/StatusView'
import './index.scss'

export default function MePage() {
  return (
    <View className='me-page'>
      <StatusView title='即将开放' description='微信手机号一键登录、我的收藏和阅读历史，很快与你见面' />
    </View>
  )
}
