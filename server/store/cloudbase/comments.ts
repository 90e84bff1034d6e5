import type { CommentQueue } from '../../../src/contract/api'
import type { CursorKey } from '../../core/cursor'
import type { CommentRecord, CommentStatus, CommentStore, SelectedKey } from '../comments'
import type { CloudDriver, Doc, Where } from './driver'

/** Collection names; their indexes and security rules are in cloudbase/database.json. */
export const COMMENT_COLLECTIONS = {
  comments: 'comments',
  commentLikes: 'comment_likes',
  commentReports: 'comment_reports',
  commentCounts: 'comment_counts',
} as const

const C = COMMENT_COLLECTIONS

/**
 * One document per reader and comment, whose id says which: creating it a
 * second time fails, so a like (or a report) counts once even when two
 * arrive together. ':' is in neither a comment id nor an openid.
 */
const pairId = (commentId: string, openid: string) => `${commentId}:${openid}`

const isPublic = (status: CommentStatus) => (status === 'selected' ? 1 : 0)

/** Statuses a writer sees in their own part of the list. */
const OWN_UNSELECTED: CommentStatus[] = ['pending', 'review', 'reported', 'hidden']

/** How often a change is tried again when another one got to the comment first. */
const ATTEMPTS = 5
/** Ids per `_.in` when a reader's comments and likes are deleted. */
const BATCH = 100

const toComment = (doc: Doc): CommentRecord => {
  const reply = doc.reply as { text?: string; at?: string } | null | undefined
  return {
    id: doc._id,
    articleId: doc.articleId as string,
    openid: doc.openid as string,
    author: doc.author as string,
    text: doc.text as string,
    createdAt: doc.createdAt as string,
    status: doc.status as CommentStatus,
    likes: (doc.likes as number) ?? 0,
    reports: (doc.reports as number) ?? 0,
    reply: reply?.text && reply.at ? { text: reply.text, at: reply.at } : null,
  }
}

/**
 * The CommentStore on the CloudBase database, without transactions: a
 * comment's changes are compare-and-set on its `version` (retried when
 * another change came first), and the article's count of selected comments
 * follows each change that succeeded with `_.inc`, so that it stays exact
 * under concurrency. `forgetReader` is for the store's account deletion.
 */
export function cloudComments(
  driver: CloudDriver,
  articlesCollection: string,
): { store: CommentStore; forgetReader(openid: string): Promise<void> } {
  const _ = driver.command

  async function adjustCount(articleId: string, delta: number) {
    if (delta === 0) return
    const where = { _id: articleId }
    if ((await driver.update(C.commentCounts, where, { selected: _.inc(delta) })) > 0 || delta < 0) return
    try {
      await driver.add(C.commentCounts, { _id: articleId, selected: delta })
    } catch (error) {
      // Another request created it first: count on it.
      if ((await driver.update(C.commentCounts, where, { selected: _.inc(delta) })) === 0) throw error
    }
  }

  async function read(id: string) {
    const [doc] = await driver.find(C.comments, { _id: id, status: _.neq('deleted') }, { limit: 1 })
    return doc
  }

  /**
   * Applies what `plan` makes of the comment as it is now, unless it changed
   * in between (then reads it again); null when it is gone or `plan` says no.
   */
  async function change(
    id: string,
    plan: (current: CommentRecord) => { status: CommentStatus; fields: Record<string, unknown> } | null,
  ): Promise<CommentRecord | null> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const doc = await read(id)
      if (!doc) return null
      const before = toComment(doc)
      const planned = plan(before)
      if (!planned) return null
      const fields = { ...planned.fields, status: planned.status, version: _.inc(1) }
      if ((await driver.update(C.comments, { _id: id, version: doc.version as number }, fields)) === 0) continue
      await adjustCount(before.articleId, isPublic(planned.status) - isPublic(before.status))
      return before
    }
    throw new Error(`comment ${id} kept changing under ${ATTEMPTS} attempts`)
  }

  /** Creates a document with a deterministic id; false when it exists already. */
  async function createOnce(collection: string, data: Record<string, unknown> & { _id: string }) {
    try {
      await driver.add(collection, data)
      return true
    } catch (error) {
      const [taken] = await driver.find(collection, { _id: data._id }, { limit: 1, fields: { _id: true } })
      if (taken) return false
      throw error
    }
  }

  const newestFirst: [string, 'desc'][] = [
    ['createdAt', 'desc'],
    ['_id', 'desc'],
  ]
  const olderThan = (after: CursorKey): Where =>
    _.or([{ createdAt: _.lt(after.at) }, { createdAt: after.at, _id: _.lt(after.id) }])
  const belowInList = (after: SelectedKey): Where =>
    _.or([
      { likes: _.lt(after.likes) },
      { likes: after.likes, createdAt: _.lt(after.at) },
      { likes: after.likes, createdAt: after.at, _id: _.lt(after.id) },
    ])
  const paged = (filter: Where, after: Where | undefined) => (after ? _.and([filter, after]) : filter)

  const store: CommentStore = {
    async countSelectedComments(articleId) {
      const [doc] = await driver.find(C.commentCounts, { _id: articleId }, { limit: 1 })
      return Math.max(0, (doc?.selected as number | undefined) ?? 0)
    },

    async listSelectedComments(articleId, { after, limit }) {
      const docs = await driver.find(
        C.comments,
        paged({ articleId, status: 'selected' }, after && belowInList(after)),
        { orderBy: [['likes', 'desc'], ...newestFirst], limit },
      )
      return docs.map(toComment)
    },

    async listOwnComments(articleId, openid, { after, limit }) {
      const docs = await driver.find(
        C.comments,
        paged({ articleId, openid, status: _.in(OWN_UNSELECTED) }, after && olderThan(after)),
        { orderBy: newestFirst, limit },
      )
      return docs.map(toComment)
    },

    async likedComments(openid, commentIds) {
      if (commentIds.length === 0) return new Set()
      const docs = await driver.find(
        C.commentLikes,
        { _id: _.in(commentIds.map((id) => pairId(id, openid))) },
        { limit: commentIds.length, fields: { commentId: true } },
      )
      return new Set(docs.map((doc) => doc.commentId as string))
    },

    async findComment(id) {
      const doc = await read(id)
      return doc ? toComment(doc) : null
    },

    async commentTimes(openid, since, limit) {
      const docs = await driver.find(
        C.comments,
        { openid, createdAt: _.gt(since) },
        { orderBy: [['createdAt', 'desc']], limit, fields: { createdAt: true } },
      )
      return docs.map((doc) => doc.createdAt as string)
    },

    async addComment({ id, reply, ...comment }, quotas) {
      await driver.set(C.comments, id, { ...comment, ...(reply ? { reply } : {}), version: 0 })
      // Written first, then counted: it stays only if the window holds at
      // most `max` with it. Whichever of several comments sent together is
      // counted last sees all the others that stay, so they can never all
      // slip under a limit (though more of them may be refused than needed).
      const within = await Promise.all(
        quotas.map(
          async ({ since, max }) =>
            (
              await driver.find(
                C.comments,
                { openid: comment.openid, createdAt: _.gt(since) },
                { limit: max + 1, fields: { _id: true } },
              )
            ).length <= max,
        ),
      )
      if (within.every(Boolean)) return true
      await driver.remove(C.comments, { _id: id })
      return false
    },

    async moderateComment(id, { status, reply }) {
      const replyField = reply === undefined ? {} : { reply: reply === null ? _.remove() : _.set(reply) }
      const before = await change(id, () => ({ status, fields: { reports: 0, ...replyField } }))
      if (!before) return null
      return {
        ...before,
        status,
        reports: 0,
        reply: reply === undefined ? before.reply : reply,
      }
    },

    async deleteComment(id, openid) {
      const before = await change(id, (current) =>
        current.openid === openid
          ? { status: 'deleted', fields: { text: '', likes: 0, reports: 0, reply: _.remove() } }
          : null,
      )
      if (!before) return false
      await Promise.all([
        driver.remove(C.commentLikes, { commentId: id }),
        driver.remove(C.commentReports, { commentId: id }),
      ])
      return true
    },

    async toggleCommentLike(comment, openid, at) {
      const _id = pairId(comment.id, openid)
      const liked = await createOnce(C.commentLikes, { _id, commentId: comment.id, openid, at })
      // Liked already: this tap takes the like back, if no other tap did.
      if (!liked && (await driver.remove(C.commentLikes, { _id })) === 0) return { liked: false, likes: comment.likes }
      await driver.update(C.comments, { _id: comment.id }, { likes: _.inc(liked ? 1 : -1) })
      return { liked, likes: Math.max(0, comment.likes + (liked ? 1 : -1)) }
    },

    async reportComment({ id, articleId }, { openid, reason, at }) {
      const _id = pairId(id, openid)
      if (!(await createOnce(C.commentReports, { _id, commentId: id, openid, reason, at }))) return false
      // Each a single conditional update, so that many readers reporting at
      // once never wait for one another.
      const left = await driver.update(
        C.comments,
        { _id: id, status: 'selected' },
        { status: 'reported', reports: _.inc(1), version: _.inc(1) },
      )
      if (left > 0) {
        await adjustCount(articleId, -1)
        return true
      }
      if ((await driver.update(C.comments, { _id: id, status: 'reported' }, { reports: _.inc(1) })) > 0) return true
      // Moderated or deleted meanwhile: the report goes with it.
      await driver.remove(C.commentReports, { _id })
      return false
    },

    async listCommentQueue(queue: CommentQueue, { after, limit }) {
      const docs = await driver.find(C.comments, paged({ status: queue }, after && olderThan(after)), {
        orderBy: newestFirst,
        limit,
      })
      const articleIds = [...new Set(docs.map((doc) => doc.articleId as string))]
      const articles =
        articleIds.length === 0
          ? []
          : await driver.find(
              articlesCollection,
              { _id: _.in(articleIds) },
              { limit: articleIds.length, fields: { title: true } },
            )
      const titles = new Map(articles.map((doc) => [doc._id, doc.title as string]))
      return docs.map((doc) => ({ comment: toComment(doc), articleTitle: titles.get(doc.articleId as string) ?? '' }))
    },
  }

  /**
   * Account deletion: the reader's comments (with the likes and reports they
   * received, and their place in the counts) and the likes and reports they
   * gave (with the likes they added). Its cost grows with what the reader
   * wrote and liked, in pages of BATCH.
   */
  async function forgetReader(openid: string) {
    for (let after: string | undefined; ;) {
      const page = await driver.find(C.comments, after === undefined ? { openid } : { openid, _id: _.gt(after) }, {
        orderBy: [['_id', 'asc']],
        limit: BATCH,
        fields: { articleId: true, status: true },
      })
      if (page.length === 0) break
      const ids = page.map((doc) => doc._id)
      const selected = new Map<string, number>()
      for (const doc of page)
        if (doc.status === 'selected')
          selected.set(doc.articleId as string, (selected.get(doc.articleId as string) ?? 0) + 1)
      await Promise.all([
        driver.remove(C.commentLikes, { commentId: _.in(ids) }),
        driver.remove(C.commentReports, { commentId: _.in(ids) }),
        ...[...selected].map(([articleId, n]) => adjustCount(articleId, -n)),
      ])
      if (page.length < BATCH) break
      after = ids[ids.length - 1]
    }
    for (;;) {
      const page = await driver.find(C.commentLikes, { openid }, { limit: BATCH, fields: { commentId: true } })
      if (page.length === 0) break
      await driver.update(C.comments, { _id: _.in(page.map((doc) => doc.commentId)) }, { likes: _.inc(-1) })
      await driver.remove(C.commentLikes, { _id: _.in(page.map((doc) => doc._id)) })
      if (page.length < BATCH) break
    }
    await Promise.all([driver.remove(C.commentReports, { openid }), driver.remove(C.comments, { openid })])
  }

  return { store, forgetReader }
}
