import Taro from '@tarojs/taro'
import { toQuery } from '../utils/searchQuery'

/** On the device only: what a reader searched for never leaves the phone. */
const KEY = 'wtt:search-history'
/** 最近搜索 shows this many, newest first. */
const RECENT_LIMIT = 10

/**
 * The list in storage, however it got there: anything that is not a list of
 * queries (another version, a half-written value) reads as empty, and a bad
 * or repeated entry drops alone — never a crash on the search page.
 */
function parse(stored: unknown): string[] {
  if (!Array.isArray(stored)) return []
  const queries = stored.map((value) => (typeof value === 'string' ? toQuery(value) : null))
  return [...new Set(queries.filter((query): query is string => query !== null))].slice(0, RECENT_LIMIT)
}

export function loadRecentSearches(): string[] {
  try {
    return parse(Taro.getStorageSync(KEY))
  } catch {
    return []
  }
}

/** Searching again moves the query to the top; the oldest falls off past the limit. Returns the new list. */
export function rememberSearch(query: string): string[] {
  const recent = [query, ...loadRecentSearches().filter((other) => other !== query)].slice(0, RECENT_LIMIT)
  try {
    Taro.setStorageSync(KEY, recent)
  } catch {
    // A full storage only costs the list; the search itself goes on.
  }
  return recent
}

export function clearRecentSearches() {
  Taro.removeStorageSync(KEY)
}
