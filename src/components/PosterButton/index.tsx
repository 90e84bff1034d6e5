import { View } from '@tarojs/components'
import type { ArticleSummary } from '../../contract/models'
import { openPage } from '../../utils/navigation'
import { posterUrl } from '../../utils/posterLink'
import './index.scss'

/**
 * 生成海报 for an article: opens the poster page with the article's id only;
 * the page asks the backend for what to draw. Not offered in single-page
 * mode, which cannot navigate.
 */
export default function PosterButton({ article }: { article: Pick<ArticleSummary, 'id'> }) {
  return (
    <View className='poster-button' onClick={() => openPage(posterUrl(article.id))}>
      生成海报
    </View>
  )
}
