import { useCallback, useState } from 'react'
import type { Data } from '../contract/api'
import type { ArticleSummary } from '../contract/models'
import { confirmDanger } from '../utils/confirmDanger'
import { searchArticles } from '../services/search'
import { clearRecentSearches, loadRecentSearches, rememberSearch } from '../device/searchHistory'
import { QUERY_MAX_LENGTH, toQuery } from '../utils/searchQuery'
import { initialPagingState, pagingReducer, type PagingEvent, type PagingState } from './pagingState'
import { usePaging } from './usePaging'
import { toast } from '../utils/feedback'

interface SearchState extends PagingState {
  /** The query the results are for; null before any search and once the box is emptied: 最近搜索 shows. */
  query: string | null
  /** Found nothing: the most-read articles of the last 30 days, instead of a blank page. */
  popular: ArticleSummary[]
}

type SearchEvent = { type: 'query'; query: string | null } | PagingEvent<Data<'articles.search'>>

function searchReducer(state: SearchState, event: SearchEvent): SearchState {
  if (event.type === 'query') return pagingReducer({ ...state, query: event.query, popular: [] }, { type: 'start' })
  const next = pagingReducer(state, event)
  return event.type === 'loaded' && !event.append ? { ...next, popular: event.data.popular ?? [] } : next
}

const initialSearchState: SearchState = { ...initialPagingState, query: null, popular: [] }

/**
 * The search screen: the text in the box, 最近搜索 (kept on the phone),
 * and the results of `articles.search` page by page. A query the backend
 * would refuse (empty, too long) never leaves the phone.
 */
export function useSearch() {
  const { state, latest, dispatch, loadFirst, loadNext } = usePaging(searchReducer, initialSearchState)
  const [text, setText] = useState('')
  const [recent, setRecent] = useState(loadRecentSearches)

  /** 搜索: the button, the keyboard's 搜索 key, or a tap on a recent search. */
  const search = useCallback(
    (raw: string) => {
      const query = toQuery(raw)
      if (!query) {
        const title = raw.trim() ? `关键词最多 ${QUERY_MAX_LENGTH} 个字，请删减后再搜索` : '请输入要搜索的内容'
        toast(title)
        return
      }
      setText(query)
      setRecent(rememberSearch(query))
      dispatch({ type: 'query', query })
      return loadFirst(() => searchArticles(query))
    },
    [dispatch, loadFirst],
  )

  const edit = useCallback(
    (value: string) => {
      setText(value)
      // An emptied box goes back to 最近搜索, as in WeChat. Results still on their
      // way land unseen, and the next search's first page supersedes them.
      if (!value.trim() && latest.current.query !== null) dispatch({ type: 'query', query: null })
    },
    [latest, dispatch],
  )

  const retry = useCallback(() => {
    const { query } = latest.current
    if (!query) return
    dispatch({ type: 'refresh' })
    return loadFirst(() => searchArticles(query))
  }, [latest, dispatch, loadFirst])

  const loadMore = useCallback(() => {
    const { query } = latest.current
    if (query) return loadNext((cursor) => searchArticles(query, cursor))
  }, [latest, loadNext])

  const clearRecent = useCallback(async () => {
    const confirmed = await confirmDanger({
      title: '清空最近搜索',
      content: '将删除这台手机上的全部搜索记录。',
      confirmText: '清空',
    })
    if (!confirmed) return
    clearRecentSearches()
    setRecent([])
  }, [])

  /** Past the backend's limit: said under the box as the reader types, rather than cut silently. */
  const tooLong = text.trim().length > QUERY_MAX_LENGTH

  return { text, tooLong, edit, search, recent, clearRecent, state, retry, loadMore }
}
