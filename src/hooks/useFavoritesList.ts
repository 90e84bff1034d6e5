import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef } from 'react'
import { ApiClientError } from '../services/api'
import { favoriteChanges, fetchFavorites } from '../services/favorites'
import { forgetSession } from '../device/session'
import { initialPagingState, pagingReducer, type PagingEvent, type PagingState } from './pagingState'
import { usePaging } from './usePaging'

export interface FavoritesListState extends PagingState {
  /** The backend no longer knows the reader (logged out elsewhere in the app): 去登录 instead of a list. */
  signedOut: boolean
}

const isSignedOut = (error: unknown) => error instanceof ApiClientError && error.code === 'UNAUTHENTICATED'

function favoritesReducer(state: FavoritesListState, event: PagingEvent): FavoritesListState {
  if (event.type === 'failed' && !event.append && isSignedOut(event.error))
    return { ...state, ...initialPagingState, phase: 'error', signedOut: true }
  const next = pagingReducer(state, event)
  return event.type === 'loaded' && !event.append && next.signedOut ? { ...next, signedOut: false } : next
}

const initialFavoritesState: FavoritesListState = { ...initialPagingState, signedOut: false }

/**
 * 我的收藏: the newest saves first, page by page (usePaging). Coming back
 * from an article whose 收藏 changed reloads the list, so that it never
 * shows a save the reader just undid.
 */
export function useFavoritesList() {
  const { state, loadFirst, loadNext } = usePaging(favoritesReducer, initialFavoritesState)
  const loadedAt = useRef(favoriteChanges())

  const reload = useCallback(() => {
    loadedAt.current = favoriteChanges()
    return loadFirst(() =>
      fetchFavorites().catch((error: unknown) => {
        if (isSignedOut(error)) forgetSession()
        throw error
      }),
    )
  }, [loadFirst])

  useEffect(() => {
    void reload()
  }, [reload])

  useDidShow(() => {
    if (favoriteChanges() !== loadedAt.current) void reload()
  })

  const loadMore = useCallback(() => loadNext((cursor) => fetchFavorites(cursor)), [loadNext])

  return { state, reload, loadMore }
}
