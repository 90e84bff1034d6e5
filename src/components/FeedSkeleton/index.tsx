import { View } from '@tarojs/components'
import './index.scss'

const PLACEHOLDERS = [0, 1, 2, 3, 4]

/** Grey cards in the list's own shape while the first page loads. */
export default function FeedSkeleton() {
  return (
    <View className='feed-skeleton' aria-label='加载中'>
      {PLACEHOLDERS.map((key) => (
        <View key={key} className='feed-skeleton__card'>
          <View className='feed-skeleton__text'>
            <View className='feed-skeleton__line feed-skeleton__line--title' />
            <View className='feed-skeleton__line' />
            <View className='feed-skeleton__line feed-skeleton__line--short' />
          </View>
          <View className='feed-skeleton__thumb' />
        </View>
      ))}
    </View>
  )
}
