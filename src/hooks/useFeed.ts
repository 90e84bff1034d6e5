import { useCallback, useEffect, useState } from 'react'
import type { Data } from '../contract/api'
import { fetchFeed } from '../services/articles'
import { isFeedPage, readCached, writeCached } from '../device/offlineCache'
import { cachedFeedState, feedReducer, initialFeedState, type FeedState } from './feedState'
import { useEntryScene } from './useEntryScene'
import { usePaging } from './usePaging'

/**
 * The 资讯 list: first page with the category tabs in one call, tab
 * switches, pull-to-refresh and paging by cursor. Answers to a request that
 * a newer one superseded (another tab, a refresh) are dropped (usePaging).
 * Opened from an event QR code, its channel is resolved on the side
 * (useEntryScene). The first page of 全部 is kept on the device: a launch
 * paints it before any answer and refreshes it behind.
 */
export function useFeed() {
  const [launch] = useState(launchState)
  const { state, latest, dispatch, loadFirst, loadNext } = usePaging(feedReducer, launch)

  const loadFirstPage = useCallback(
    (category: string, withCategories?: boolean) =>
      loadFirst(() =>
        fetchFeed({
          category: category || undefined,
          withCategories: withCategories || latest.current.categories.length === 0 || undefined,
        }).then((page) => {
          if (!category) keepFirstPage({ ...page, categories: page.categories ?? latest.current.categories })
          return page
        }),
      ),
    [latest, loadFirst],
  )

  useEffect(() => {
    // The launch asks for the tabs even when the device kept some: they may have changed.
    void loadFirstPage('', true)
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

const FEED_KEY = 'feed'

function launchState(): FeedState {
  const kept = readCached(FEED_KEY, isFeedPage)
  return kept ? cachedFeedState(kept.value) : initialFeedState
}

const keepFirstPage = (page: Data<'articles.list'>) => writeCached(FEED_KEY, page)
