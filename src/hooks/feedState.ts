import type { Data } from '../contract/api'
import type { ArticleSummary, Category } from '../contract/models'
import { initialPagingState, pagingReducer, type PagingEvent, type PagingState } from './pagingState'

/** One tab's list: the pages loaded, and whether it shows what the device kept (离线内容). */
export interface TabList extends PagingState {
  /** The last refresh failed, or the tab never reached the network: the list may be out of date. */
  offline: boolean
}

/** A tab the reader left with its list on screen: shown again as it was, where it was scrolled to. */
export interface KeptTab {
  list: TabList
  scrollTop: number
}

/** The 资讯 screen's state: a paged list under category tabs, kept pure so that its rules can be tested alone. */
export interface FeedState extends TabList {
  /** The backend's categories (the app adds 全部 in front). */
  categories: Category[]
  /** The selected tab; '' is 全部. */
  category: string
  /** The other tabs the reader has loaded, by category. */
  kept: Record<string, KeptTab>
  /** 全部's first page as the device kept it: what a tab that cannot reach the network falls back to. */
  saved: ArticleSummary[]
}

export type FeedEvent =
  /** Another tab; `scrollTop`: where the page was scrolled in the tab being left. */
  { type: 'select'; category: string; scrollTop: number } | PagingEvent<Data<'articles.list'>>

export const initialFeedState: FeedState = {
  ...initialPagingState,
  categories: [],
  category: '',
  offline: false,
  kept: {},
  saved: [],
}

/** A launch painted from the first page the device kept (全部, with its tabs), before any answer. */
export const cachedFeedState = ({ items, nextCursor, categories = [] }: Data<'articles.list'>): FeedState => ({
  ...initialFeedState,
  phase: 'ready',
  items,
  nextCursor,
  categories,
  saved: items,
})

const listOf = ({ items, nextCursor, phase, error, moreError, offline }: TabList): TabList => ({
  items,
  nextCursor,
  phase,
  error,
  // A next page on its way is dropped with the tab (usePaging): its foot must not wait for it.
  loadingMore: false,
  moreError,
  offline,
})

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const rest: Record<string, T> = {}
  for (const other of Object.keys(record)) if (other !== key) rest[other] = record[other]
  return rest
}

function select(state: FeedState, category: string, scrollTop: number): FeedState {
  const back = state.kept[category]
  const kept = without(state.kept, category)
  // Only a list on screen is worth keeping; a tab left while loading or failed starts again.
  if (state.phase === 'ready') kept[state.category] = { list: listOf(state), scrollTop }
  const list = back ? back.list : { ...initialPagingState, offline: false }
  return { ...state, ...list, category, kept }
}

/** The 全部 articles on hand, in memory or on the device, that belong to `category`. */
function savedOf(state: FeedState, category: string): ArticleSummary[] {
  const all = state.category === '' ? state.items : (state.kept['']?.list.items ?? [])
  const seen = new Set<string>()
  return [...all, ...state.saved].filter((item) => {
    if (item.category !== category || seen.has(item.id)) return false
    seen.add(item.id)
    return true
  })
}

export function feedReducer(state: FeedState, event: FeedEvent): FeedState {
  if (event.type === 'select') return select(state, event.category, event.scrollTop)
  // A tab that never reached the network shows what the device holds of it, marked 离线内容, not 加载失败.
  if (event.type === 'failed' && !event.append && state.phase !== 'ready' && state.category !== '') {
    const saved = savedOf(state, state.category)
    if (saved.length > 0)
      return { ...state, phase: 'ready', items: saved, nextCursor: null, error: null, offline: true }
  }
  const next = pagingReducer(state, event)
  const firstPage = (event.type === 'loaded' || event.type === 'failed') && !event.append
  // Only a failed refresh of a list on screen leaves it out of date; any first page answered brings it back.
  const offline = firstPage ? event.type === 'failed' && state.phase === 'ready' : state.offline
  // The tabs come with the first page of a launch (withCategories) and stay.
  const categories = (event.type === 'loaded' && event.data.categories) || next.categories
  return next === state && offline === state.offline ? state : { ...next, offline, categories }
}
