import { View } from '@tarojs/components'
import type { ChannelRow } from '../../hooks/useChannels'
import type { PagedList } from '../../hooks/pagingState'
import { inChina } from '../../utils/format'
import ListFooter from '../ListFooter'
import StatusView from '../StatusView'
import './index.scss'

interface Props {
  list: PagedList<ChannelRow>
  /** The target's title, for a channel that opens an article. */
  titleOf: (articleId: string) => string
  /** What an empty list says (in use, or archived). */
  empty: string
  onOpen: (row: ChannelRow) => void
  onRetry: () => void
  onMore: () => void
}

/** Event channels as rows: name, where the code leads, reads and readers over its life, when it was made. */
export default function ChannelList({ list, titleOf, empty, onOpen, onRetry, onMore }: Props) {
  if (list.phase === 'loading') return <View className='channel-list__state'>正在加载渠道…</View>
  if (list.phase === 'error')
    return (
      <StatusView title='渠道加载失败' description={list.error ?? undefined} actionText='重试' onAction={onRetry} />
    )
  if (list.items.length === 0) return <View className='channel-list__state'>{empty}</View>
  return (
    <View className='channel-list'>
      {list.items.map((row) => (
        <View key={row.code} className='channel-list__row' onClick={() => onOpen(row)}>
          <View className='channel-list__main'>
            <View className='channel-list__name'>{row.name}</View>
            <View className='channel-list__target'>打开：{row.articleId ? titleOf(row.articleId) : '首页'}</View>
            <View className='channel-list__meta'>创建于 {inChina(row.createdAt).format('YYYY-MM-DD')}</View>
          </View>
          <View className='channel-list__figure'>
            <View className='channel-list__count'>{row.reads}</View>
            <View className='channel-list__unit'>阅读</View>
          </View>
          <View className='channel-list__figure'>
            <View className='channel-list__count'>{row.readers}</View>
            <View className='channel-list__unit'>读者</View>
          </View>
        </View>
      ))}
      <ListFooter paging={list} onRetry={onMore} />
    </View>
  )
}
