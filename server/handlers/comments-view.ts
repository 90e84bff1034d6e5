import type { Comment, CommentState } from '../../src/contract/models'
import type { Context } from '../core/context'
import type { CommentRecord } from '../store/comments'
import type { UserRecord } from '../store/types'
import { encodeCommentCursor, type CommentPosition, type Part } from './comments-cursor'

/** 读者 and the last two digits of the writer's phone: all of it that is ever shown. */
export const authorName = (phone: string) => `读者${phone.replace(/\D/g, '').slice(-2)}`

/**
 * A comment as a caller sees it: no openid, the author's name as written.
 * A reported comment is still `selected` to anyone who sees it (its writer,
 * an operator): whether readers reported it is the operators' business.
 */
export function commentView(record: CommentRecord, viewer: string | null, liked: ReadonlySet<string>): Comment {
  return {
    id: record.id,
    author: record.author,
    text: record.text,
    createdAt: record.createdAt,
    likes: record.likes,
    liked: liked.has(record.id),
    mine: viewer !== null && record.openid === viewer,
    state: (record.status === 'reported' ? 'selected' : record.status) as CommentState,
    ...(record.reply ? { reply: record.reply } : {}),
  }
}

/** How many of each part a page holds at most, and in all. */
export interface PageBudget {
  own: number
  selected: number
  total: number
}

/** Who is asking; `reader`, when given, is the caller's record already on its way (articles.get reads it too). */
export type Viewing = Pick<Context, 'store' | 'openid'> & { reader?: Promise<UserRecord | null> }

/** The caller's openid if they are signed in: only then are their own comments, likes and `mine` shown. */
async function viewerOf({ store, openid, reader }: Viewing) {
  const user = await (reader ?? (openid ? store.findUser(openid) : null))
  return user?.signedIn ? user.openid : null
}

/**
 * One page of an article's comments: the caller's own unselected ones, then
 * the selected ones, each part resuming where `position` says. The reads go
 * out together; the caller's likes of what is shown follow in one more.
 */
export async function commentPage(
  ctx: Viewing,
  articleId: string,
  position: CommentPosition,
  budget: PageBudget,
): Promise<{ items: Comment[]; nextCursor: string | null }> {
  const { store, openid } = ctx
  const [viewer, ownRows, selectedRows] = await Promise.all([
    viewerOf(ctx),
    openid && position.own !== 'done'
      ? store.listOwnComments(articleId, openid, { after: position.own.after, limit: budget.own + 1 })
      : [],
    position.selected !== 'done'
      ? store.listSelectedComments(articleId, { after: position.selected.after, limit: budget.selected + 1 })
      : [],
  ])
  const own = viewer ? ownRows.slice(0, budget.own) : []
  const selected = selectedRows.slice(0, Math.min(budget.selected, budget.total - own.length))
  const lastOwn = own[own.length - 1]
  const lastSelected = selected[selected.length - 1]

  const next: CommentPosition = {
    own: viewer && ownRows.length > own.length ? { after: { at: lastOwn.createdAt, id: lastOwn.id } } : 'done',
    selected:
      position.selected === 'done' || selectedRows.length === selected.length
        ? 'done'
        : lastSelected
          ? { after: { likes: lastSelected.likes, at: lastSelected.createdAt, id: lastSelected.id } }
          : position.selected,
  }
  const shown = [...own, ...selected]
  const liked = viewer
    ? await store.likedComments(
        viewer,
        shown.map((record) => record.id),
      )
    : new Set<string>()
  const done = (part: Part<unknown>) => part === 'done'
  return {
    items: shown.map((record) => commentView(record, viewer, liked)),
    nextCursor: done(next.own) && done(next.selected) ? null : encodeCommentCursor(next),
  }
}
