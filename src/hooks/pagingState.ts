import type { Page } from '../contract/api'
import type { ArticleSummary } from '../contract/models'

/** A list loaded page by page: articles (资讯, 搜索, 收藏), an operator's channels or comments. */
export interface PagedList<T> {
  items: T[]
  nextCursor: string | null
  /** The first page: skeleton while loading, an error state with 重试 on failure. */
  phase: 'loading' | 'ready' | 'error'
  error: string | null
  loadingMore: boolean
  /** A failed next page: the list stays, its foot offers 重试. */
  moreError: string | null
}

/** Before its first page answers. */
export const firstPageOf = <T>(): PagedList<T> => ({
  items: [],
  nextCursor: null,
  phase: 'loading',
  error: null,
  loadingMore: false,
  moreError: null,
})

/**
 * A list of articles, kept pure so that its rules can be tested alone. Each
 * screen adds its own fields around it.
 */
export type PagingState = PagedList<ArticleSummary>

/** `D`: the answer of the screen's action, which may carry more than the page (the feed's tabs). */
export type PagingEvent<D extends Page<ArticleSummary> = Page<ArticleSummary>> =
  /** Another list (a tab, a query): cleared, skeleton until its first page. */
  | { type: 'start' }
  | { type: 'refresh' }
  | { type: 'more' }
  | { type: 'loaded'; data: D; append: boolean }
  /** `error`: what the request threw, for a screen that tells some failures apart (我的收藏: logged out). */
  | { type: 'failed'; message: string; append: boolean; error?: unknown }

export const initialPagingState: PagingState = firstPageOf()

/** A page boundary can shift while the list grows: never show a card twice. */
function appendNew(items: ArticleSummary[], more: ArticleSummary[]) {
  const seen = new Set(items.map((item) => item.id))
  return items.concat(more.filter((item) => !seen.has(item.id)))
}

export function pagingReducer<S extends PagingState>(state: S, event: PagingEvent): S {
  switch (event.type) {
    // A first page supersedes a next page still on its way (its answer is
    // dropped), so the foot must not stay on 正在加载… for it.
    case 'start':
      return { ...state, ...initialPagingState }
    case 'refresh':
      return { ...state, loadingMore: false, phase: state.phase === 'error' ? 'loading' : state.phase }
    case 'more':
      return { ...state, loadingMore: true, moreError: null }
    case 'loaded': {
      const { items, nextCursor } = event.data
      if (event.append) return { ...state, items: appendNew(state.items, items), nextCursor, loadingMore: false }
      return { ...state, items, nextCursor, phase: 'ready', error: null, moreError: null }
    }
    case 'failed':
      if (event.append) return { ...state, loadingMore: false, moreError: event.message }
      // A failed refresh keeps what the reader already sees.
      if (state.phase === 'ready') return state
      return { ...state, phase: 'error', error: event.message }
  }
}
