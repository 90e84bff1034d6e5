import { Text, View } from '@tarojs/components'
import type { Article } from '../../contract/models'
import { formatCount, formatDate } from '../../utils/format'
import './index.scss'

/** Title, then 发布时间, 阅读数 and 文章来源 on one grey line. */
export default function ArticleHeader({ article }: { article: Article }) {
  return (
    <View className='article-header'>
      <View className='article-header__title'>{article.title}</View>
      <View className='article-header__meta'>
        <Text className='article-header__date'>{formatDate(article.publishedAt)}</Text>
        <Text className='article-header__source'>{article.source}</Text>
        <Text className='article-header__reads'>阅读 {formatCount(article.readCount)}</Text>
      </View>
    </View>
  )
}
