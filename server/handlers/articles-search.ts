import * as v from 'valibot'
import { decodeSearchCursor, encodeSearchCursor } from '../core/search-cursor'
import { snippet } from '../core/snippet'
import { pageRequest, payload } from '../core/validate'
import type { SearchHit } from '../store/types'
import { defineHandler } from './define'

const QUERY_MAX_LENGTH = 50
/** What a search that found nothing shows instead: the most read of the last 30 days. */
const POPULAR_COUNT = 5
const POPULAR_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

const searchSchema = payload({
  // No query at all is told the same as an empty one.
  q: v.optional(
    v.pipe(
      v.string('q 应为字符串'),
      v.trim(),
      v.minLength(1, '请输入要搜索的内容'),
      v.maxLength(QUERY_MAX_LENGTH, `搜索内容不能超过 ${QUERY_MAX_LENGTH} 个字`),
    ),
    '',
  ),
  ...pageRequest,
})

/** A result as the reader gets it: one matched only through its body shows where. */
function itemOf({ article, tier, body }: SearchHit, q: string) {
  const around = tier === 'body' && body !== undefined ? snippet(body, q) : undefined
  return around === undefined ? article : { ...article, snippet: around }
}

/** Ranked results (server/core/search-text.ts), paged by (tier, publishedAt, id). */
export const searchArticles = defineHandler<'articles.search', typeof searchSchema>(
  searchSchema,
  async ({ q, cursor, pageSize }, { store, now }) => {
    const after = cursor === undefined ? undefined : decodeSearchCursor(cursor)
    // One extra result tells whether another page exists without a count query.
    const hits = await store.searchArticles(q, { after, limit: pageSize + 1 })
    const shown = hits.slice(0, pageSize)
    const last = shown[shown.length - 1]
    const nextCursor =
      hits.length > pageSize && last
        ? encodeSearchCursor({ tier: last.tier, at: last.article.publishedAt, id: last.article.id })
        : null
    const items = shown.map((hit) => itemOf(hit, q))
    if (cursor !== undefined || items.length > 0) return { items, nextCursor }
    // Nothing found: the page still has something to read, in the same call.
    const since = new Date(now().getTime() - POPULAR_DAYS * DAY_MS).toISOString()
    return { items, nextCursor, popular: await store.popularArticles(since, POPULAR_COUNT) }
  },
)
