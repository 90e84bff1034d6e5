import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ArticleSummary } from '../contract/models'
import { ApiClientError } from '../services/api'
import { favoriteChanges, fetchFavorites } from '../services/favorites'
import { forgetSession } from '../services/session'

export interface FavoritesListState {
  /** `signedOut`: the backend no longer knows the reader (logged out elsewhere in the app). */
  phase: 'loading' | 'ready' | 'error' | 'signedOut'
  items: ArticleSummary[]
  nextCursor: string | null
  error: string | null
  loadingMore: boolean
  /** A failed next page: the list stays, its foot offers 重试. */
  moreError: string | null
}

const INITIAL: FavoritesListState = {
  phase: 'loading',
  items: [],
  nextCursor: null,
  error: null,
  loadingMore: false,
  moreError: null,
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : '加载失败，请重试')
const isSignedOut = (error: unknown) => error instanceof ApiClientError && error.code === 'UNAUTHENTICATED'

/**
 * 我的收藏: the newest saves first, page by page. Coming back from an
 * article whose 收藏 changed reloads the list, so that it never shows a
 * save the reader just undid.
 */
export function useFavoritesList() {
  const [state, setState] = useState(INITIAL)
  const latest = useRef(state)
  latest.current = state
  /** Answers to a load that a newer one superseded are dropped. */
  const generation = useRef(0)
  const loadedAt = useRef(favoriteChanges())

  const reload = useCallback(async () => {
    const ticket = ++generation.current
    loadedAt.current = favoriteChanges()
    try {
      const { items, nextCursor } = await fetchFavorites()
      if (ticket === generation.current) setState({ ...INITIAL, phase: 'ready', items, nextCursor })
    } catch (error) {
      if (ticket !== generation.current) return
      if (isSignedOut(error)) forgetSession()
      // A failed refresh keeps the list the reader already sees.
      setState((current) =>
        current.phase === 'ready' && !isSignedOut(error)
          ? current
          : { ...INITIAL, phase: isSignedOut(error) ? 'signedOut' : 'error', error: messageOf(error) },
      )
    }
  }, [])

  useEffect(() => {
    reload()
  }, [reload])

  useDidShow(() => {
    if (favoriteChanges() !== loadedAt.current) reload()
  })

  const loadMore = useCallback(async () => {
    const { nextCursor, loadingMore, phase } = latest.current
    if (!nextCursor || loadingMore || phase !== 'ready') return
    const ticket = generation.current
    setState((current) => ({ ...current, loadingMore: true, moreError: null }))
    try {
      const page = await fetchFavorites(nextCursor)
      if (ticket !== generation.current) return
      setState((current) => {
        const seen = new Set(current.items.map((item) => item.id))
        const items = current.items.concat(page.items.filter((item) => !seen.has(item.id)))
        return { ...current, items, nextCursor: page.nextCursor, loadingMore: false }
      })
    } catch (error) {
      if (ticket === generation.current)
        setState((current) => ({ ...current, loadingMore: false, moreError: messageOf(error) }))
    }
  }, [])

  return { state, reload, loadMore }
}
