import { Text, View } from '@tarojs/components'
import type { Article } from '../../contract/models'
import { formatCount, formatFullTime } from '../../utils/format'
import { readingMinutes } from '../../utils/readingMinutes'
import './index.scss'

/** Title, then 发布时间, 文章来源 and 阅读数 on one grey line, and how long the article takes to read. */
export default function ArticleHeader({ article }: { article: Article }) {
  return (
    <View className='article-header'>
      <View className='article-header__title'>{article.title}</View>
      <View className='article-header__meta'>
        <Text className='article-header__date'>{formatFullTime(article.publishedAt)}</Text>
        <Text className='article-header__source'>{article.source}</Text>
        <Text className='article-header__reads'>阅读 {formatCount(article.readCount)}</Text>
      </View>
      <View className='article-header__minutes'>约 {readingMinutes(article.blocks)} 分钟读完</View>
    </View>
  )
}
