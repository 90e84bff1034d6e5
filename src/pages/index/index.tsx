import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import ArticleCard from '../../components/ArticleCard'
import CategoryTabs from '../../components/CategoryTabs'
import FeedSkeleton from '../../components/FeedSkeleton'
import ListFooter from '../../components/ListFooter'
import OfflineNotice from '../../components/OfflineNotice'
import SearchEntry from '../../components/SearchEntry'
import StatusView from '../../components/StatusView'
import type { ArticleSummary } from '../../contract/models'
import { useCardShare } from '../../hooks/useCardShare'
import { useFeed } from '../../hooks/useFeed'
import { useListWindow } from '../../hooks/useListWindow'
import { useReadArticles } from '../../hooks/useReadArticles'
import { ALL_CATEGORIES } from '../../services/articles'
import { openArticle } from '../../utils/navigation'
import './index.scss'

const openCard = (article: ArticleSummary) => openArticle(article.id)

export default function IndexPage() {
  const { state, select, refresh, loadMore } = useFeed()
  const list = useListWindow(state.items, 'feed-group')

  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => void loadMore())
  const share = useCardShare()
  const read = useReadArticles()

  return (
    <View className='index-page'>
      <SearchEntry />
      {state.categories.length > 0 && (
        <CategoryTabs categories={[ALL_CATEGORIES, ...state.categories]} active={state.category} onSelect={select} />
      )}
      {state.phase === 'loading' && <FeedSkeleton />}
      {state.phase === 'error' && (
        <StatusView title='加载失败' description={state.error ?? undefined} actionText='重试' onAction={refresh} />
      )}
      {state.phase === 'ready' && state.items.length === 0 && (
        <StatusView
          title='暂无文章'
          description='这里还没有发布内容，稍后再来看看'
          actionText='刷新'
          onAction={refresh}
        />
      )}
      {state.phase === 'ready' && state.items.length > 0 && (
        <>
          {/* Only the cards near the screen are drawn; spacers stand for the others (useListWindow). */}
          <View className='index-page__list'>
            {state.offline && <OfflineNotice onRetry={refresh} />}
            <View className='feed-spacer' style={{ height: `${list.above}px` }} />
            {list.groups.map((group) => (
              <View key={group.index} className='feed-group'>
                {group.items.map((article) => (
                  <ArticleCard
                    key={article.id}
                    article={article}
                    read={read.has(article.id)}
                    onOpen={openCard}
                    onShare={share}
                  />
                ))}
              </View>
            ))}
            {list.below > 0 && <View className='feed-spacer' style={{ height: `${list.below}px` }} />}
          </View>
          {/*
            Outside the list, so that a page of cards is appended after the last group. A tab shown
            from what the device kept (offline, no cursor) has no more to say than its notice.
          */}
          {!(state.offline && state.nextCursor === null) && <ListFooter paging={state} onRetry={loadMore} />}
        </>
      )}
    </View>
  )
}
