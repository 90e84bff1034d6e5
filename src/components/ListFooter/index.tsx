import { View } from '@tarojs/components'
import './index.scss'

interface Props {
  loading: boolean
  error: string | null
  hasMore: boolean
  onRetry: () => void
}

/** The list's foot: loading the next page, its failure with 重试, or the end. */
export default function ListFooter({ loading, error, hasMore, onRetry }: Props) {
  if (loading) return <View className='list-footer'>正在加载…</View>
  if (error)
    return (
      <View className='list-footer list-footer--error' onClick={onRetry}>
        加载失败，点击重试
      </View>
    )
  return <View className='list-footer'>{hasMore ? '上拉加载更多' : '没有更多了'}</View>
}
