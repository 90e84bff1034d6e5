import { View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import ArticleCard from '../../components/ArticleCard'
import FeedSkeleton from '../../components/FeedSkeleton'
import ListFooter from '../../components/ListFooter'
import StatusView from '../../components/StatusView'
import type { ArticleSummary } from '../../contract/models'
import { useReadArticles } from '../../hooks/useReadArticles'
import { useSearch } from '../../hooks/useSearch'
import { backOrHome, openArticle } from '../../utils/navigation'
import { QUERY_MAX_LENGTH } from '../../utils/searchQuery'
import Highlight from './Highlight'
import RecentSearches from './RecentSearches'
import SearchBar from './SearchBar'
import './index.scss'

const openCard = (article: ArticleSummary) => openArticle(article.id)

/** 取消 goes back where the reader came from; opened alone (nothing to go back to), to the 资讯 list. */
const cancel = () => backOrHome()

export default function SearchPage() {
  const { text, tooLong, edit, search, recent, clearRecent, state, retry, loadMore } = useSearch()
  const { query, phase, items, popular } = state
  const read = useReadArticles()

  useReachBottom(() => void loadMore())

  return (
    <View className='search-page'>
      <SearchBar text={text} focus={query === null} onEdit={edit} onSearch={search} onCancel={cancel} />
      {tooLong && (
        <View className='search-page__too-long'>
          关键词最多 {QUERY_MAX_LENGTH} 个字，已输入 {text.trim().length} 个，请删减后再搜索
        </View>
      )}
      {query === null && <RecentSearches queries={recent} onPick={search} onClear={clearRecent} />}
      {query !== null && phase === 'loading' && <FeedSkeleton />}
      {query !== null && phase === 'error' && (
        <StatusView title='搜索失败' description={state.error ?? undefined} actionText='重试' onAction={retry} />
      )}
      {query !== null && phase === 'ready' && items.length === 0 && (
        <>
          <StatusView title='没有找到相关文章' description='换个关键词试试，或者少输入几个字' />
          {popular.length > 0 && (
            <View className='search-page__popular'>
              <View className='search-page__popular-title'>近 30 天热门文章</View>
              {popular.map((article) => (
                <ArticleCard key={article.id} article={article} read={read.has(article.id)} onOpen={openCard} />
              ))}
            </View>
          )}
        </>
      )}
      {query !== null && phase === 'ready' && items.length > 0 && (
        <View className='search-page__results'>
          {items.map((article) => (
            <ArticleCard
              key={article.id}
              article={article}
              read={read.has(article.id)}
              highlight={(part) => <Highlight text={part} query={query} />}
              onOpen={openCard}
            />
          ))}
          <ListFooter paging={state} onRetry={loadMore} />
        </View>
      )}
    </View>
  )
}
