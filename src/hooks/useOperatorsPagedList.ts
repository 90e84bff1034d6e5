import { useCallback, useRef, useState } from 'react'
import type { Page } from '../contract/api'
import { messageOf } from '../utils/errorMessage'
import { firstPageOf, type PagedList } from './pagingState'

const LOAD_FAILED = '加载失败，请重试'

/**
 * A list an operator pages through (channels, a comment queue), keyed by
 * `keyOf`: `load` starts it over (another tab or filter, 重试, a refresh),
 * `more` asks for the next page, `replace` and `remove` show an action's
 * outcome at once. An answer for a list that was started over meanwhile is
 * dropped, so a slow answer never lands in another tab. Failures are shown
 * in the list (重试) and passed to `onError` too.
 */
export function useOperatorsPagedList<T>(keyOf: (item: T) => string, onError: (error: unknown) => void) {
  const [list, setList] = useState<PagedList<T>>(firstPageOf)
  const latest = useRef(list)
  latest.current = list
  const generation = useRef(0)

  const load = useCallback(
    (fetchPage: () => Promise<Page<T>>) => {
      const ticket = ++generation.current
      setList(firstPageOf())
      return fetchPage().then(
        ({ items, nextCursor }) => {
          if (ticket === generation.current) setList({ ...firstPageOf<T>(), items, nextCursor, phase: 'ready' })
        },
        (error: unknown) => {
          if (ticket !== generation.current) return
          setList({ ...firstPageOf<T>(), phase: 'error', error: messageOf(error, LOAD_FAILED) })
          onError(error)
        },
      )
    },
    [onError],
  )

  const more = useCallback(
    (fetchPage: (cursor: string) => Promise<Page<T>>) => {
      const { nextCursor, loadingMore, phase } = latest.current
      if (!nextCursor || loadingMore || phase !== 'ready') return
      const ticket = generation.current
      setList((state) => ({ ...state, loadingMore: true, moreError: null }))
      return fetchPage(nextCursor).then(
        (page) => {
          if (ticket !== generation.current) return
          setList((state) => {
            // A boundary shifts when items move out meanwhile: never list one twice.
            const seen = new Set(state.items.map(keyOf))
            const items = state.items.concat(page.items.filter((item) => !seen.has(keyOf(item))))
            return { ...state, items, nextCursor: page.nextCursor, loadingMore: false }
          })
        },
        (error: unknown) => {
          if (ticket !== generation.current) return
          setList((state) => ({ ...state, loadingMore: false, moreError: messageOf(error, LOAD_FAILED) }))
          onError(error)
        },
      )
    },
    [keyOf, onError],
  )

  const replace = useCallback(
    (item: T) =>
      setList((state) => ({ ...state, items: state.items.map((old) => (keyOf(old) === keyOf(item) ? item : old)) })),
    [keyOf],
  )

  const remove = useCallback(
    (key: string) => setList((state) => ({ ...state, items: state.items.filter((item) => keyOf(item) !== key) })),
    [keyOf],
  )

  return { list, load, more, replace, remove } as const
}
