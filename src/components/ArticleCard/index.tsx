import { Image, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { ArticleSummary } from '../../contract/models'
import { formatCount, formatDate } from '../../utils/format'
import './index.scss'

interface Props {
  article: ArticleSummary
  onOpen: (article: ArticleSummary) => void
  /**
   * Draws the title and the summary with parts marked, e.g. a search query's
   * words; the search page brings its own, so the main package carries none.
   */
  highlight?: (text: string) => ReactNode
}

/** A list card: title and summary on the left, a 3:2 thumbnail on the right. */
export default function ArticleCard({ article, onOpen, highlight }: Props) {
  return (
    <View className='article-card' onClick={() => onOpen(article)}>
      <View className='article-card__text'>
        <View className='article-card__title'>{highlight ? highlight(article.title) : article.title}</View>
        <View className='article-card__summary'>{highlight ? highlight(article.summary) : article.summary}</View>
        <View className='article-card__meta'>
          <Text>{formatDate(article.publishedAt)}</Text>
          <Text className='article-card__reads'>阅读 {formatCount(article.readCount)}</Text>
        </View>
      </View>
      {article.cover && <Image className='article-card__thumb' src={article.cover} mode='aspectFill' lazyLoad />}
    </View>
  )
}
