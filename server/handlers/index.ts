import type { Action, ApiResponse } from '../../src/contract/api'
import type { Context } from '../core/context'
import { ApiFailure } from '../core/errors'
import { parseOrReject } from '../core/validate'
import { unpublishArticle, upsertArticle } from './admin-articles'
import { getArticle, listArticles } from './articles'
import { searchArticles } from './articles-search'
import { deleteAccount, getMe, logout, phoneLogin } from './auth'
import { listCategories } from './categories'
import { addComment, deleteComment, likeComment, listComments, reportComment } from './comments'
import { listCommentQueue, moderateComment } from './comments-admin'
import { channelQrcode, createChannel, listChannels, updateChannel } from './admin-channels'
import { articleCode, resolveChannel } from './channels'
import { listFavorites, toggleFavorite } from './favorites'
import type { Handler } from './define'
import { importUrl } from './import-url'
import { getStats } from './stats'

const handlers: { [A in Action]: Handler<A> } = {
  'categories.list': listCategories,
  'articles.list': listArticles,
  'articles.search': searchArticles,
  'articles.get': getArticle,
  'articles.code': articleCode,
  'auth.phoneLogin': phoneLogin,
  'me.get': getMe,
  'auth.logout': logout,
  'auth.deleteAccount': deleteAccount,
  'favorites.toggle': toggleFavorite,
  'favorites.list': listFavorites,
  'channels.resolve': resolveChannel,
  'admin.channels.create': createChannel,
  'admin.channels.list': listChannels,
  'admin.channels.update': updateChannel,
  'admin.channels.qrcode': channelQrcode,
  'admin.stats': getStats,
  'admin.articles.upsert': upsertArticle,
  'admin.articles.unpublish': unpublishArticle,
  'comments.list': listComments,
  'comments.add': addComment,
  'comments.delete': deleteComment,
  'comments.like': likeComment,
  'comments.report': reportComment,
  'admin.comments.list': listCommentQueue,
  'admin.comments.moderate': moderateComment,
  'admin.articles.importUrl': importUrl,
}

/** Every action the backend answers, for tests that must cover each one. */
export const ACTIONS = Object.keys(handlers) as Action[]

const isAction = (name: unknown): name is Action =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(handlers, name)

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The one entry to the backend, shared by the cloud function and the local
 * host: validates the envelope and the payload before any store is touched,
 * and never throws — a caller's mistake is INVALID_ARGUMENT, a bug INTERNAL.
 */
export async function dispatch(body: unknown, ctx: Context): Promise<ApiResponse> {
  try {
    if (!isPlainObject(body)) throw new ApiFailure('INVALID_ARGUMENT', '请求格式有误')
    const { action } = body
    if (!isAction(action)) throw new ApiFailure('INVALID_ARGUMENT', '未知的操作')
    const handler = handlers[action] as Handler<Action>
    if (handler.adminOnly && !(ctx.openid && ctx.admins.has(ctx.openid))) throw new ApiFailure('FORBIDDEN')
    const payload = body.payload ?? {}
    if (!isPlainObject(payload)) throw new ApiFailure('INVALID_ARGUMENT', 'payload 应为对象')
    const input = parseOrReject(handler.schema, payload)
    return { ok: true, data: await handler.run(input as never, ctx) }
  } catch (error) {
    if (ApiFailure.is(error)) return { ok: false, error: { code: error.code, message: error.message } }
    console.error('[api] unexpected failure', error)
    return { ok: false, error: new ApiFailure('INTERNAL').toJSON() }
  }
}
