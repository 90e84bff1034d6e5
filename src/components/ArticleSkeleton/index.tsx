import { View } from '@tarojs/components'
import './index.scss'

/** The detail page's shape while its one request is on the way. */
export default function ArticleSkeleton() {
  return (
    <View className='article-skeleton' aria-label='加载中'>
      <View className='article-skeleton__title' />
      <View className='article-skeleton__meta' />
      {[0, 1, 2, 3].map((key) => (
        <View key={key} className='article-skeleton__line' />
      ))}
      <View className='article-skeleton__image' />
    </View>
  )
}
