import { randomBytes } from 'node:crypto'
import * as v from 'valibot'
import type { Context } from '../core/context'
import { ApiFailure, invalid, notFound } from '../core/errors'
import { requireSignedIn } from '../core/reader'
import { id, pageRequest, payload } from '../core/validate'
import { wechatFailure } from '../core/wechat-errors'
import type { CommentRecord } from '../store/comments'
import { decodeCommentCursor, LIST_START } from './comments-cursor'
import { commentText } from './comments-text'
import { authorName, commentPage, commentView, type Viewing } from './comments-view'
import { defineHandler } from './define'

const ARTICLE_GONE = '文章不存在或已下线'
const COMMENT_GONE = '留言不存在或已删除'

/** What the article screen shows first: the reader's own (up to 10), then the 10 most liked selected comments. */
const FIRST_PAGE = { own: 10, selected: 10, total: 20 }

/** Per writer, deleted comments included (so that deleting does not make room). */
const PER_MINUTE = 5
const PER_DAY = 50
const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/**
 * The comments `articles.get` answers with: its reads go out together with
 * the article's own.
 */
export async function firstComments(ctx: Viewing, articleId: string) {
  const [count, page] = await Promise.all([
    ctx.store.countSelectedComments(articleId),
    commentPage(ctx, articleId, LIST_START, FIRST_PAGE),
  ])
  return { count, ...page }
}

/** Anyone sees selected comments; only its writer sees a comment in any other state. */
const visibleTo = (comment: CommentRecord, openid: string) => comment.openid === openid || comment.status === 'selected'

/** The signed-in caller and the comment they act on, read together; null for a comment they cannot see. */
async function readerAndComment(ctx: Context, commentId: string) {
  const [user, comment] = await Promise.all([requireSignedIn(ctx), ctx.store.findComment(commentId)])
  return { openid: user.openid, comment: comment && (visibleTo(comment, user.openid) ? comment : null) }
}

const listSchema = payload({ articleId: id('articleId'), ...pageRequest })

export const listComments = defineHandler<'comments.list', typeof listSchema>(
  listSchema,
  async ({ articleId, cursor, pageSize }, ctx) => {
    const position = cursor === undefined ? LIST_START : decodeCommentCursor(cursor)
    const [exists, page] = await Promise.all([
      ctx.store.hasArticle(articleId),
      commentPage(ctx, articleId, position, { own: pageSize, selected: pageSize, total: pageSize }),
    ])
    if (!exists) throw notFound(ARTICLE_GONE)
    return page
  },
)

const addSchema = payload({ articleId: id('articleId'), text: commentText })

export const addComment = defineHandler<'comments.add', typeof addSchema>(
  addSchema,
  async ({ articleId, text }, ctx) => {
    const now = ctx.now()
    const dayAgo = new Date(now.getTime() - DAY).toISOString()
    const minuteAgo = new Date(now.getTime() - MINUTE).toISOString()
    const [user, exists, recent] = await Promise.all([
      requireSignedIn(ctx),
      ctx.store.hasArticle(articleId),
      ctx.openid ? ctx.store.commentTimes(ctx.openid, dayAgo, PER_DAY) : [],
    ])
    if (!exists) throw notFound(ARTICLE_GONE)
    if (recent.length >= PER_DAY) throw new ApiFailure('RATE_LIMITED', `每天最多留言 ${PER_DAY} 条，请明天再来`)
    if (recent.filter((at) => at > minuteAgo).length >= PER_MINUTE)
      throw new ApiFailure('RATE_LIMITED', '留言太频繁，请稍后再试')

    const verdict = await ctx.contentCheck.check({ text, openid: user.openid }).catch((error: unknown) => {
      throw wechatFailure(error, 'security.msgSecCheck', '留言暂时无法发布，请稍后再试')
    })
    if (verdict === 'risky') throw invalid('留言含有不适宜发布的内容，请修改后再试')

    const comment: CommentRecord = {
      id: randomBytes(12).toString('base64url'),
      articleId,
      openid: user.openid,
      author: authorName(user.phone),
      text,
      createdAt: now.toISOString(),
      status: verdict === 'review' ? 'review' : 'pending',
      likes: 0,
      reports: 0,
      reply: null,
    }
    const quotas = [
      { since: minuteAgo, max: PER_MINUTE },
      { since: dayAgo, max: PER_DAY },
    ]
    if (!(await ctx.store.addComment(comment, quotas))) throw new ApiFailure('RATE_LIMITED', '留言太频繁，请稍后再试')
    return { comment: commentView(comment, user.openid, new Set()) }
  },
)

const idSchema = payload({ id: id('id') })

export const deleteComment = defineHandler<'comments.delete', typeof idSchema>(idSchema, async (input, ctx) => {
  const { openid, comment } = await readerAndComment(ctx, input.id)
  if (!comment) throw notFound(COMMENT_GONE)
  if (comment.openid !== openid) throw new ApiFailure('FORBIDDEN', '只能删除自己的留言')
  if (!(await ctx.store.deleteComment(comment.id, openid))) throw notFound(COMMENT_GONE)
  return {}
})

export const likeComment = defineHandler<'comments.like', typeof idSchema>(idSchema, async (input, ctx) => {
  const { openid, comment } = await readerAndComment(ctx, input.id)
  if (!comment) throw notFound(COMMENT_GONE)
  if (comment.status !== 'selected') throw invalid('留言精选后才能点赞')
  return ctx.store.toggleCommentLike(comment, openid, ctx.now().toISOString())
})

const reportSchema = payload({
  id: id('id'),
  reason: v.optional(v.pipe(v.string('举报理由应为文字'), v.trim(), v.maxLength(200, '举报理由不能超过 200 个字'))),
})

/**
 * A report takes a selected comment out of the public list until an
 * operator looks (once per reader). A comment already reported by others is
 * reported again quietly: the reader may still have it on screen.
 */
export const reportComment = defineHandler<'comments.report', typeof reportSchema>(
  reportSchema,
  async ({ id: commentId, reason }, ctx) => {
    const [user, comment] = await Promise.all([requireSignedIn(ctx), ctx.store.findComment(commentId)])
    if (comment?.openid === user.openid) throw invalid('不能举报自己的留言')
    if (!comment || (comment.status !== 'selected' && comment.status !== 'reported')) throw notFound(COMMENT_GONE)
    await ctx.store.reportComment(comment, {
      openid: user.openid,
      reason: reason || null,
      at: ctx.now().toISOString(),
    })
    return {}
  },
)
