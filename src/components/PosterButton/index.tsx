import { View } from '@tarojs/components'
import type { ArticleSummary } from '../../contract/models'
import { openPage } from '../../utils/navigation'
import { posterUrl } from '../../utils/posterLink'
import './index.scss'

/** 生成海报 under an article: opens the poster page (not offered in single-page mode, which cannot navigate). */
export default function PosterButton({ article }: { article: ArticleSummary }) {
  return (
    <View className='poster-button' onClick={() => openPage(posterUrl(article))}>
      生成海报
    </View>
  )
}
