import { Button, Image, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import shareIcon from '../../assets/icons/share.svg'
import type { ArticleSummary } from '../../contract/models'
import { formatCount, formatListTime } from '../../utils/format'
import { LIST_THUMBNAIL, sizedImage } from '../../utils/imageUrl'
import SafeImage from '../SafeImage'
import './index.scss'

interface Props {
  article: ArticleSummary
  onOpen: (article: ArticleSummary) => void
  /** Opened on this phone before (阅读历史): drawn in grey, as WeChat's lists do. */
  read?: boolean
  /**
   * Draws the title and the summary (or a search's snippet) with parts
   * marked, e.g. a search query's words; the search page brings its own,
   * so the main package carries none.
   */
  highlight?: (text: string) => ReactNode
  /**
   * Offers 转发 on the card, an icon under the thumbnail: WeChat then asks
   * the page's share handler, which learns from this call which card it was.
   */
  onShare?: (article: ArticleSummary) => void
}

/**
 * A list card: title (two lines at most) and summary on the left, a 3:2
 * thumbnail on the right, and one meta line `source · time · 阅读 N` that
 * never wraps: the source gives way first.
 */
export default function ArticleCard({ article, onOpen, read = false, highlight, onShare }: Props) {
  const summary = article.snippet ?? article.summary
  return (
    <View className={`article-card${read ? ' article-card--read' : ''}`} onClick={() => onOpen(article)}>
      <View className='article-card__text'>
        <View className='article-card__title'>{highlight ? highlight(article.title) : article.title}</View>
        <View className='article-card__summary'>{highlight ? highlight(summary) : summary}</View>
        <View className='article-card__meta'>
          <Text className='article-card__source'>{article.source}</Text>
          <Text className='article-card__time'>{formatListTime(article.publishedAt)}</Text>
          <Text className='article-card__reads'>阅读 {formatCount(article.readCount)}</Text>
        </View>
      </View>
      {(article.cover || onShare) && (
        <View className='article-card__side'>
          {article.cover && (
            <SafeImage
              className='article-card__thumb'
              src={sizedImage(article.cover, LIST_THUMBNAIL)}
              mode='aspectFill'
              lazyLoad
            />
          )}
          {onShare && (
            <Button
              className='article-card__share'
              openType='share'
              ariaLabel='转发'
              onClick={(event) => {
                event.stopPropagation()
                onShare(article)
              }}
            >
              <Image className='article-card__share-icon' src={shareIcon} />
            </Button>
          )}
        </View>
      )}
    </View>
  )
}
