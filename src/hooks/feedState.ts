import type { Data } from '../contract/api'
import type { Category } from '../contract/models'
import { initialPagingState, pagingReducer, type PagingEvent, type PagingState } from './pagingState'

/** The 资讯 screen's state: a paged list under category tabs, kept pure so that its rules can be tested alone. */
export interface FeedState extends PagingState {
  /** The backend's categories (the app adds 全部 in front). */
  categories: Category[]
  /** The selected tab; '' is 全部. */
  category: string
}

export type FeedEvent = { type: 'select'; category: string } | PagingEvent<Data<'articles.list'>>

export const initialFeedState: FeedState = { ...initialPagingState, categories: [], category: '' }

export function feedReducer(state: FeedState, event: FeedEvent): FeedState {
  if (event.type === 'select') return pagingReducer({ ...state, category: event.category }, { type: 'start' })
  const next = pagingReducer(state, event)
  // The tabs come with the first page of a launch (withCategories) and stay.
  const categories = event.type === 'loaded' ? event.data.categories : undefined
  return categories ? { ...next, categories } : next
}
