import { Text, View } from '@tarojs/components'
import { formatReadTime } from '../../utils/readTime'
import type { HistoryEntry } from '../../utils/historyList'
import { LIST_THUMBNAIL, sizedImage } from '../../utils/imageUrl'
import SafeImage from '../SafeImage'
import './index.scss'

interface Props {
  entry: HistoryEntry
  onOpen: (entry: HistoryEntry) => void
}

/** A row of 阅读历史: the article's title and source, when it was read, its thumbnail. */
export default function HistoryItem({ entry, onOpen }: Props) {
  return (
    <View className='history-item' onClick={() => onOpen(entry)}>
      <View className='history-item__text'>
        <View className='history-item__title'>{entry.title}</View>
        <View className='history-item__meta'>
          <Text className='history-item__source'>{entry.source}</Text>
          <Text className='history-item__time'>{formatReadTime(entry.readAt)}</Text>
        </View>
      </View>
      {entry.cover && (
        <SafeImage
          className='history-item__thumb'
          src={sizedImage(entry.cover, LIST_THUMBNAIL)}
          mode='aspectFill'
          lazyLoad
        />
      )}
    </View>
  )
}
