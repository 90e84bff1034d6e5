import { useCallback, useEffect, useReducer, useRef } from 'react'
import Taro from '@tarojs/taro'
import { fetchFeed } from '../services/articles'
import { feedReducer, initialFeedState } from './feedState'

const messageOf = (error: unknown) => (error instanceof Error ? error.message : '加载失败，请重试')

/**
 * The 资讯 list: first page with the category tabs in one call, tab
 * switches, pull-to-refresh and paging by cursor. Answers to a request that
 * a newer one superseded (another tab, a refresh) are dropped.
 */
export function useFeed() {
  const [state, dispatch] = useReducer(feedReducer, initialFeedState)
  const generation = useRef(0)
  const latest = useRef(state)
  latest.current = state

  const loadFirstPage = useCallback(async (category: string) => {
    const ticket = ++generation.current
    try {
      const data = await fetchFeed({
        category: category || undefined,
        withCategories: latest.current.categories.length === 0 || undefined,
      })
      if (ticket === generation.current) dispatch({ type: 'loaded', data, append: false })
    } catch (error) {
      if (ticket !== generation.current) return
      if (latest.current.phase === 'ready') Taro.showToast({ title: '刷新失败，请稍后重试', icon: 'none' })
      dispatch({ type: 'failed', message: messageOf(error), append: false })
    }
  }, [])

  useEffect(() => {
    loadFirstPage('')
  }, [loadFirstPage])

  const select = useCallback(
    (category: string) => {
      if (category === latest.current.category && latest.current.phase !== 'error') return
      dispatch({ type: 'select', category })
      return loadFirstPage(category)
    },
    [loadFirstPage],
  )

  const refresh = useCallback(() => {
    dispatch({ type: 'refresh' })
    return loadFirstPage(latest.current.category)
  }, [loadFirstPage])

  const loadMore = useCallback(async () => {
    const { nextCursor, loadingMore, phase, category } = latest.current
    if (!nextCursor || loadingMore || phase !== 'ready') return
    const ticket = generation.current
    dispatch({ type: 'more' })
    try {
      const data = await fetchFeed({ category: category || undefined, cursor: nextCursor })
      if (ticket === generation.current) dispatch({ type: 'loaded', data, append: true })
    } catch (error) {
      if (ticket === generation.current) dispatch({ type: 'failed', message: messageOf(error), append: true })
    }
  }, [])

  return { state, select, refresh, loadMore }
}
