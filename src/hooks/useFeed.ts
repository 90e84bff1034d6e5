import { useCallback, useEffect } from 'react'
import { fetchFeed } from '../services/articles'
import { feedReducer, initialFeedState } from './feedState'
import { useEntryScene } from './useEntryScene'
import { usePaging } from './usePaging'

/**
 * The 资讯 list: first page with the category tabs in one call, tab
 * switches, pull-to-refresh and paging by cursor. Answers to a request that
 * a newer one superseded (another tab, a refresh) are dropped (usePaging).
 * Opened from an event QR code, its channel is resolved on the side
 * (useEntryScene).
 */
export function useFeed() {
  const { state, latest, dispatch, loadFirst, loadNext } = usePaging(feedReducer, initialFeedState)

  const loadFirstPage = useCallback(
    (category: string) =>
      loadFirst(() =>
        fetchFeed({
          category: category || undefined,
          withCategories: latest.current.categories.length === 0 || undefined,
        }),
      ),
    [latest, loadFirst],
  )

  useEffect(() => {
    loadFirstPage('')
  }, [loadFirstPage])
  // After the first page's effect, so that the list's own call always goes out first.
  useEntryScene()

  const select = useCallback(
    (category: string) => {
      if (category === latest.current.category && latest.current.phase !== 'error') return
      dispatch({ type: 'select', category })
      return loadFirstPage(category)
    },
    [latest, dispatch, loadFirstPage],
  )

  const refresh = useCallback(() => {
    dispatch({ type: 'refresh' })
    return loadFirstPage(latest.current.category)
  }, [latest, dispatch, loadFirstPage])

  const loadMore = useCallback(
    () => loadNext((cursor) => fetchFeed({ category: latest.current.category || undefined, cursor })),
    [latest, loadNext],
  )

  return { state, select, refresh, loadMore }
}
