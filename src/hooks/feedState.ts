import type { Data } from '../contract/api'
import type { ArticleSummary, Category } from '../contract/models'

/** The 资讯 screen's state, kept pure so that its rules can be tested alone. */
export interface FeedState {
  /** The backend's categories (the app adds 全部 in front). */
  categories: Category[]
  /** The selected tab; '' is 全部. */
  category: string
  items: ArticleSummary[]
  nextCursor: string | null
  /** The first page: skeleton while loading, an error state with 重试 on failure. */
  phase: 'loading' | 'ready' | 'error'
  error: string | null
  refreshing: boolean
  loadingMore: boolean
  /** A failed next page: the list stays, its foot offers 重试. */
  moreError: string | null
}

export type FeedEvent =
  | { type: 'select'; category: string }
  | { type: 'refresh' }
  | { type: 'more' }
  | { type: 'loaded'; data: Data<'articles.list'>; append: boolean }
  | { type: 'failed'; message: string; append: boolean }

export const initialFeedState: FeedState = {
  categories: [],
  category: '',
  items: [],
  nextCursor: null,
  phase: 'loading',
  error: null,
  refreshing: false,
  loadingMore: false,
  moreError: null,
}

/** A page boundary can shift while the feed grows: never show a card twice. */
function appendNew(items: ArticleSummary[], more: ArticleSummary[]) {
  const seen = new Set(items.map((item) => item.id))
  return items.concat(more.filter((item) => !seen.has(item.id)))
}

export function feedReducer(state: FeedState, event: FeedEvent): FeedState {
  switch (event.type) {
    case 'select':
      return { ...state, category: event.category, items: [], nextCursor: null, phase: 'loading', moreError: null }
    case 'refresh':
      return { ...state, refreshing: true, phase: state.phase === 'error' ? 'loading' : state.phase }
    case 'more':
      return { ...state, loadingMore: true, moreError: null }
    case 'loaded': {
      const { items, nextCursor, categories } = event.data
      const base = categories ? { ...state, categories } : state
      if (event.append) return { ...base, items: appendNew(state.items, items), nextCursor, loadingMore: false }
      return { ...base, items, nextCursor, phase: 'ready', error: null, refreshing: false, moreError: null }
    }
    case 'failed':
      if (event.append) return { ...state, loadingMore: false, moreError: event.message }
      // A failed refresh keeps what the reader already sees.
      if (state.phase === 'ready') return { ...state, refreshing: false }
      return { ...state, phase: 'error', error: event.message, refreshing: false }
  }
}
