import { decodeCursor, encodeCursor, forgedCursor, type CursorKey } from './cursor'
import { SEARCH_TIERS, type SearchTier } from './search-text'

/** Where a page of search results ends: the last item's tier, then its place in the feed order. */
export interface SearchKey extends CursorKey {
  tier: SearchTier
}

/** The tier's rank as one digit, then the feed cursor: opaque to callers like every cursor. */
export const encodeSearchCursor = ({ tier, ...key }: SearchKey) => `${SEARCH_TIERS.indexOf(tier)}${encodeCursor(key)}`

/** Anything we did not make is INVALID_ARGUMENT. */
export function decodeSearchCursor(cursor: string): SearchKey {
  const tier = /^\d/.test(cursor) ? SEARCH_TIERS[Number(cursor[0])] : undefined
  if (!tier) throw forgedCursor()
  return { tier, ...decodeCursor(cursor.slice(1)) }
}
