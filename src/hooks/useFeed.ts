import Taro, { usePageScroll } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Data } from '../contract/api'
import { isFeedPage, readCached, writeCached } from '../device/offlineCache'
import { fetchFeed } from '../services/articles'
import { cachedFeedState, feedReducer, initialFeedState, type FeedState } from './feedState'
import { useEntryScene } from './useEntryScene'
import { usePaging } from './usePaging'

/**
 * The 资讯 list: first page with the category tabs in one call, tab
 * switches, pull-to-refresh and paging by cursor. Answers to a request that
 * a newer one superseded (another tab, a refresh) are dropped (usePaging).
 * A tab the reader comes back to shows again as it was left, every page
 * loaded and scrolled where it was, without asking again. Opened from an
 * event QR code, its channel is resolved on the side (useEntryScene). The
 * first page of 全部 is kept on the device: a launch paints it before any
 * answer and refreshes it behind, and a tab that cannot reach the network
 * shows the kept articles of its category.
 */
export function useFeed() {
  const [launch] = useState(launchState)
  const { state, latest, dispatch, loadFirst, loadNext, supersede } = usePaging(feedReducer, launch)
  const scrollTop = useRef(0)
  /** Where to scroll once the tab just selected is drawn. */
  const scrollTo = useRef<number>()

  usePageScroll(({ scrollTop: top }) => {
    scrollTop.current = top
  })

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

  const { category } = state
  useEffect(() => {
    const top = scrollTo.current
    if (top === undefined) return
    scrollTo.current = undefined
    // Once the tab's list is drawn, so that the page is tall enough to get there.
    Taro.nextTick(() => void Taro.pageScrollTo({ scrollTop: top, duration: 0 }).catch(() => undefined))
  }, [category])

  const select = useCallback(
    (next: string) => {
      const { category: shown, phase, kept } = latest.current
      if (next === shown && phase !== 'error') return
      const back = kept[next]
      dispatch({ type: 'select', category: next, scrollTop: scrollTop.current })
      // A new tab starts at its top; one seen before where the reader left it.
      scrollTo.current = back ? back.scrollTop : 0
      if (back) return supersede()
      return loadFirstPage(next)
    },
    [latest, dispatch, supersede, loadFirstPage],
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
