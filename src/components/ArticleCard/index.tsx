import { Image, Text, View } from '@tarojs/components'
import type { ArticleSummary } from '../../contract/models'
import { formatCount, formatDate } from '../../utils/format'
import './index.scss'

interface Props {
  article: ArticleSummary
  onOpen: (article: ArticleSummary) => void
}

/** A list card: title and summary on the left, a 3:2 thumbnail on the right. */
export default function ArticleCard({ article, onOpen }: Props) {
  return (
    <View className='article-card' onClick={() => onOpen(article)}>
      <View className='article-card__text'>
        <View className='article-card__title'>{article.title}</View>
        <View className='article-card__summary'>{article.summary}</View>
        <View className='article-card__meta'>
          <Text>{formatDate(article.publishedAt)}</Text>
          <Text className='article-card__reads'>阅读 {formatCount(article.readCount)}</Text>
        </View>
      </View>
      {article.cover && <Image className='article-card__thumb' src={article.cover} mode='aspectFill' lazyLoad />}
    </View>
  )
}
