import type { Data } from '../contract/api'
import type { Category } from '../contract/models'
import { initialPagingState, pagingReducer, type PagingEvent, type PagingState } from './pagingState'

/** The 资讯 screen's state: a paged list under category tabs, kept pure so that its rules can be tested alone. */
export interface FeedState extends PagingState {
  /** The backend's categories (the app adds 全部 in front). */
  categories: Category[]
  /** The selected tab; '' is 全部. */
  category: string
  /** The last refresh failed: the list shown may be out of date (离线内容). */
  offline: boolean
}

export type FeedEvent = { type: 'select'; category: string } | PagingEvent<Data<'articles.list'>>

export const initialFeedState: FeedState = { ...initialPagingState, categories: [], category: '', offline: false }

/** A launch painted from the first page the device kept (全部, with its tabs), before any answer. */
export const cachedFeedState = ({ items, nextCursor, categories = [] }: Data<'articles.list'>): FeedState => ({
  ...initialFeedState,
  phase: 'ready',
  items,
  nextCursor,
  categories,
})

export function feedReducer(state: FeedState, event: FeedEvent): FeedState {
  if (event.type === 'select') return pagingReducer({ ...state, category: event.category }, { type: 'start' })
  const next = pagingReducer(state, event)
  const firstPage = (event.type === 'loaded' || event.type === 'failed') && !event.append
  // Only a failed refresh of a list on screen leaves it out of date; any first page answered brings it back.
  const offline = firstPage ? event.type === 'failed' && state.phase === 'ready' : state.offline
  // The tabs come with the first page of a launch (withCategories) and stay.
  const categories = (event.type === 'loaded' && event.data.categories) || next.categories
  return next === state && offline === state.offline ? state : { ...next, offline, categories }
}
