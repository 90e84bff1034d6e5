import * as v from 'valibot'
import { decodeCursor, encodeCursor } from '../core/cursor'
import { ApiFailure, notFound } from '../core/errors'
import { enforceRateLimit, RATE_LIMITS } from '../core/rate-limit'
import { requireSignedIn } from '../core/reader'
import { id, pageRequest, payload } from '../core/validate'
import type { ArticleSummary } from '../../src/contract/models'
import { defineHandler } from './define'

const toggleSchema = payload({
  articleId: id('articleId'),
  favorited: v.optional(v.boolean('favorited 应为布尔值')),
})

/** Flips the reader's favorite, or sets it to `favorited` (a call repeated then changes nothing). */
export const toggleFavorite = defineHandler<'favorites.toggle', typeof toggleSchema>(
  toggleSchema,
  async ({ articleId, favorited: wanted }, ctx) => {
    const [user, saved, exists] = await Promise.all([
      requireSignedIn(ctx),
      ctx.openid ? ctx.store.isFavorite(ctx.openid, articleId) : false,
      ctx.store.hasArticle(articleId),
    ])
    // Un-saving stays possible after an article is unpublished; saving needs it live.
    if ((wanted ?? !saved) && !exists) throw notFound('文章不存在或已下线')
    await enforceRateLimit(ctx, RATE_LIMITS.favoriteToggle)
    const favorited = await ctx.store.toggleFavorite(user.openid, articleId, ctx.now().toISOString(), wanted)
    // The account was deleted meanwhile: nothing of it was kept.
    if (favorited === null) throw new ApiFailure('UNAUTHENTICATED', '请先登录')
    return { favorited }
  },
)

const listSchema = payload(pageRequest)

export const listFavorites = defineHandler<'favorites.list', typeof listSchema>(
  listSchema,
  async ({ cursor, pageSize }, ctx) => {
    const user = await requireSignedIn(ctx)
    const after = cursor === undefined ? undefined : decodeCursor(cursor)
    const rows = await ctx.store.listFavorites(user.openid, { after, limit: pageSize + 1 })
    const page = rows.slice(0, pageSize)
    const last = page[page.length - 1]
    return {
      // A saved article that was unpublished since is left out of the page.
      items: page.map((row) => row.article).filter((article): article is ArticleSummary => article !== null),
      nextCursor: rows.length > pageSize && last ? encodeCursor({ at: last.savedAt, id: last.articleId }) : null,
    }
  },
)
