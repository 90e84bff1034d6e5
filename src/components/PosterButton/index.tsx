import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ArticleSummary } from '../../contract/models'
import { posterUrl } from '../../utils/posterLink'
import './index.scss'

/** 生成海报 under an article: opens the poster page (not offered in single-page mode, which cannot navigate). */
export default function PosterButton({ article }: { article: ArticleSummary }) {
  return (
    <View className='poster-button' onClick={() => Taro.navigateTo({ url: posterUrl(article) })}>
      生成海报
    </View>
  )
}
