import { Text, View } from '@tarojs/components'
import './index.scss'

/** A refresh failed and the screen shows what the device kept: said quietly, with a way to try again. */
export default function OfflineNotice({ onRetry }: { onRetry: () => void }) {
  return (
    <View className='offline-notice' onClick={onRetry}>
      <Text className='offline-notice__tag'>离线内容</Text>
      <Text>网络不佳，显示的是上次保存的内容，点此重试</Text>
    </View>
  )
}
