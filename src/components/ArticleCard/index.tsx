import { Button, Image, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { ArticleSummary } from '../../contract/models'
import { formatCount, formatDate } from '../../utils/format'
import { LIST_THUMBNAIL, sizedImage } from '../../utils/imageUrl'
import './index.scss'

interface Props {
  article: ArticleSummary
  onOpen: (article: ArticleSummary) => void
  /**
   * Draws the title and the summary with parts marked, e.g. a search query's
   * words; the search page brings its own, so the main package carries none.
   */
  highlight?: (text: string) => ReactNode
  /**
   * Offers 转发 on the card: WeChat then asks the page's share handler, which
   * learns from this call which card it was.
   */
  onShare?: (article: ArticleSummary) => void
}

/** A list card: title and summary on the left, a 3:2 thumbnail on the right. */
export default function ArticleCard({ article, onOpen, highlight, onShare }: Props) {
  return (
    <View className='article-card' onClick={() => onOpen(article)}>
      <View className='article-card__text'>
        <View className='article-card__title'>{highlight ? highlight(article.title) : article.title}</View>
        <View className='article-card__summary'>{highlight ? highlight(article.summary) : article.summary}</View>
        <View className='article-card__meta'>
          <Text>{formatDate(article.publishedAt)}</Text>
          <Text className='article-card__reads'>阅读 {formatCount(article.readCount)}</Text>
          {onShare && (
            <Button
              className='article-card__share'
              openType='share'
              onClick={(event) => {
                event.stopPropagation()
                onShare(article)
              }}
            >
              转发
            </Button>
          )}
        </View>
      </View>
      {article.cover && (
        <Image
          className='article-card__thumb'
          src={sizedImage(article.cover, LIST_THUMBNAIL)}
          mode='aspectFill'
          lazyLoad
        />
      )}
    </View>
  )
}
