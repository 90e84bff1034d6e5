import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ArticleSummary } from '../../contract/models'
import { posterUrl } from '../../utils/posterLink'
import { isSinglePageMode, showFullServiceHint } from '../../utils/singlePage'
import './index.scss'

/** 生成海报 under an article: opens the poster page, which single-page mode cannot navigate to. */
export default function PosterButton({ article }: { article: ArticleSummary }) {
  const open = () => (isSinglePageMode() ? showFullServiceHint() : Taro.navigateTo({ url: posterUrl(article) }))
  return (
    <View className='poster-button' onClick={open}>
      生成海报
    </View>
  )
}
