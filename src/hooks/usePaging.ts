import { useCallback, useReducer, useRef } from 'react'
import type { Page } from '../contract/api'
import type { ArticleSummary } from '../contract/models'
import type { PagingEvent, PagingState } from './pagingState'
import { messageOf } from '../utils/errorMessage'
import { toast } from '../utils/feedback'

const LOAD_FAILED = '加载失败，请重试'

/** A screen whose state says its list is what the device kept (the 资讯 feed). */
const isMarkedOffline = (state: PagingState) => 'offline' in state && state.offline === true

/**
 * The requests of a paged list, around the screen's own reducer: a first
 * page (a new list, a refresh, 重试) and the next ones by cursor. An answer
 * to a request that a newer first page superseded is dropped, so a slow
 * answer never lands in another tab's or another query's list.
 */
export function usePaging<S extends PagingState, E extends { type: string }, D extends Page<ArticleSummary>>(
  reducer: (state: S, event: E | PagingEvent<D>) => S,
  initialState: S,
) {
  const [state, dispatch] = useReducer(reducer, initialState)
  /** What the callbacks read, so that they stay stable across renders. */
  const latest = useRef(state)
  latest.current = state
  const generation = useRef(0)

  // Promise chains rather than async functions: the build turns each of
  // those into a regenerator state machine, and this ships in the main package.
  const loadFirst = useCallback(
    (fetchPage: () => Promise<D>) => {
      const ticket = ++generation.current
      return fetchPage().then(
        (data) => {
          if (ticket === generation.current) dispatch({ type: 'loaded', data, append: false })
        },
        (error: unknown) => {
          if (ticket !== generation.current) return
          const failed = { type: 'failed', message: messageOf(error, LOAD_FAILED), append: false, error } as const
          // A list that stays on screen (pagingReducer) says quietly why it did not change,
          // unless it now carries its 离线内容 notice, which says so already.
          const kept = reducer(latest.current, failed)
          if (latest.current.phase === 'ready' && kept.phase === 'ready' && !isMarkedOffline(kept))
            toast('刷新失败，请稍后重试')
          dispatch(failed)
        },
      )
    },
    [reducer],
  )

  const loadNext = useCallback((fetchPage: (cursor: string) => Promise<D>) => {
    const { nextCursor, loadingMore, phase } = latest.current
    if (!nextCursor || loadingMore || phase !== 'ready') return
    const ticket = generation.current
    dispatch({ type: 'more' })
    return fetchPage(nextCursor).then(
      (data) => {
        if (ticket === generation.current) dispatch({ type: 'loaded', data, append: true })
      },
      (error: unknown) => {
        if (ticket === generation.current)
          dispatch({ type: 'failed', message: messageOf(error, LOAD_FAILED), append: true })
      },
    )
  }, [])

  /** Drops the answers on their way: the list they were for has left the screen (a tab shown again as it was). */
  const supersede = useCallback(() => {
    generation.current += 1
  }, [])

  return { state, latest, dispatch, loadFirst, loadNext, supersede }
}
