import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import ArticleCard from '../../../components/ArticleCard'
import FeedSkeleton from '../../../components/FeedSkeleton'
import ListFooter from '../../../components/ListFooter'
import StatusView from '../../../components/StatusView'
import { PAGES } from '../../../contract/rules'
import type { ArticleSummary } from '../../../contract/models'
import { useFavoritesList } from '../../../hooks/useFavoritesList'
import { useReadArticles } from '../../../hooks/useReadArticles'
import { goHome, openArticle, openPage } from '../../../utils/navigation'
import './index.scss'

const openCard = (article: ArticleSummary) => openArticle(article.id)
const goMe = () => openPage(PAGES.me)

export default function FavoritesPage() {
  const { state, reload, loadMore } = useFavoritesList()
  const read = useReadArticles()

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => void loadMore())

  return (
    <View className='favorites-page'>
      {state.phase === 'loading' && <FeedSkeleton />}
      {state.phase === 'error' && !state.signedOut && (
        <StatusView title='加载失败' description={state.error ?? undefined} actionText='重试' onAction={reload} />
      )}
      {state.signedOut && (
        <StatusView title='登录后查看收藏' description='你已退出登录' actionText='去登录' onAction={goMe} />
      )}
      {state.phase === 'ready' && state.items.length === 0 && (
        <StatusView
          title='还没有收藏的文章'
          description='读到有用的文章，点文章底部的「收藏」，就能在这里找到'
          actionText='去看资讯'
          onAction={goHome}
        />
      )}
      {state.phase === 'ready' && state.items.length > 0 && (
        <View className='favorites-page__list'>
          {state.items.map((article) => (
            <ArticleCard key={article.id} article={article} read={read.has(article.id)} onOpen={openCard} />
          ))}
          <ListFooter paging={state} onRetry={loadMore} />
        </View>
      )}
    </View>
  )
}
