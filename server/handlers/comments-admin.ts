import * as v from 'valibot'
import type { CommentQueue } from '../../src/contract/api'
import { decodeCursor, encodeCursor } from '../core/cursor'
import { notFound } from '../core/errors'
import { id, pageRequest, payload } from '../core/validate'
import type { CommentRecord, CommentReply, Moderation } from '../store/comments'
import { plainTextField } from './comments-text'
import { commentView } from './comments-view'
import { defineHandler } from './define'

const QUEUES: CommentQueue[] = ['pending', 'review', 'reported', 'selected', 'hidden']

const listSchema = payload({
  status: v.picklist(QUEUES, 'status 应为 pending、review、reported、selected 或 hidden'),
  ...pageRequest,
})

export const listCommentQueue = defineHandler<'admin.comments.list', typeof listSchema>(
  listSchema,
  async ({ status, cursor, pageSize }, { store, openid }) => {
    const after = cursor === undefined ? undefined : decodeCursor(cursor)
    const rows = await store.listCommentQueue(status, { after, limit: pageSize + 1 })
    const page = rows.slice(0, pageSize)
    const liked = openid
      ? await store.likedComments(
          openid,
          page.map((row) => row.comment.id),
        )
      : new Set<string>()
    const last = page[page.length - 1]?.comment
    return {
      items: page.map(({ comment, articleTitle }) => ({
        ...commentView(comment, openid, liked),
        articleId: comment.articleId,
        articleTitle,
        reports: comment.reports,
      })),
      nextCursor: rows.length > pageSize && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
    }
  },
  { adminOnly: true },
)

const STATUS_OF: Record<'select' | 'unselect' | 'hide', Moderation['status']> = {
  select: 'selected',
  unselect: 'pending',
  hide: 'hidden',
}

const moderateSchema = payload({
  id: id('id'),
  action: v.picklist(['select', 'unselect', 'hide'], 'action 应为 select、unselect 或 hide'),
  /** 作者回复; an empty one removes it, the same text again keeps its time. */
  reply: v.optional(plainTextField('回复')),
})

function replyChange(reply: string | undefined, current: CommentRecord, at: string): CommentReply | null | undefined {
  if (reply === undefined || reply === (current.reply?.text ?? '')) return undefined
  return reply === '' ? null : { text: reply, at }
}

/** Select, unselect or hide, with or without a reply; any of them closes the comment's reports. */
export const moderateComment = defineHandler<'admin.comments.moderate', typeof moderateSchema>(
  moderateSchema,
  async ({ id: commentId, action, reply }, { store, openid, now }) => {
    const current = await store.findComment(commentId)
    if (!current) throw notFound('留言不存在或已删除')
    const [updated, liked] = await Promise.all([
      store.moderateComment(commentId, {
        status: STATUS_OF[action],
        reply: replyChange(reply, current, now().toISOString()),
      }),
      openid ? store.likedComments(openid, [commentId]) : new Set<string>(),
    ])
    if (!updated) throw notFound('留言不存在或已删除')
    return { comment: commentView(updated, openid, liked) }
  },
  { adminOnly: true },
)
