import { View } from '@tarojs/components'
import type { PagingState } from '../../hooks/pagingState'
import './index.scss'

interface Props {
  paging: Pick<PagingState, 'loadingMore' | 'moreError' | 'nextCursor'>
  onRetry: () => void
}

/** The list's foot: loading the next page, its failure with 重试, or the end. */
export default function ListFooter({ paging, onRetry }: Props) {
  if (paging.loadingMore) return <View className='list-footer'>正在加载…</View>
  if (paging.moreError)
    return (
      <View className='list-footer list-footer--error' onClick={onRetry}>
        加载失败，点击重试
      </View>
    )
  return <View className='list-footer'>{paging.nextCursor !== null ? '上拉加载更多' : '没有更多了'}</View>
}
