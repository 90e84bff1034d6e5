import type { CommentQueue } from '../../src/contract/api'
import type { CursorKey } from '../core/cursor'

/**
 * Where a comment stands: one of the operators' queues, or `deleted` by its
 * writer (a tombstone without its text, kept so that the writer's rate
 * limits still count it). Only `selected` comments are in the public list;
 * `reported` ones are selected comments out of it until an operator looks.
 */
export type CommentStatus = CommentQueue | 'deleted'

export interface CommentReply {
  text: string
  at: string
}

export interface CommentRecord {
  id: string
  articleId: string
  /** The writer: server-side only, never answered. */
  openid: string
  /** 读者 and the last two digits of the writer's phone, fixed when written. */
  author: string
  text: string
  createdAt: string
  status: CommentStatus
  likes: number
  /** Reports received since an operator last moderated the comment. */
  reports: number
  reply: CommentReply | null
}

/** Where the public list resumes: most liked first, then newest. */
export interface SelectedKey {
  likes: number
  at: string
  id: string
}

/** At most `max` comments by one writer after `since` (exclusive). */
export interface CommentQuota {
  since: string
  max: number
}

/** What an operator's select, unselect or hide changes. */
export interface Moderation {
  status: 'selected' | 'pending' | 'hidden'
  /** A new 作者回复; null removes it; absent leaves it. */
  reply?: CommentReply | null
}

/**
 * Comments, their likes and reports. Every change that moves a comment in
 * or out of the public list keeps the article's count of selected comments
 * with it, so that reading the count never counts rows.
 */
export interface CommentStore {
  /** How many comments of the article are in the public list. */
  countSelectedComments(articleId: string): Promise<number>
  /** The public list: selected comments, most liked, then newest. */
  listSelectedComments(articleId: string, query: { after?: SelectedKey; limit: number }): Promise<CommentRecord[]>
  /** The writer's comments on an article that are not in the public list (nor deleted), newest first. */
  listOwnComments(
    articleId: string,
    openid: string,
    query: { after?: CursorKey; limit: number },
  ): Promise<CommentRecord[]>
  /** Which of these comments the reader likes. */
  likedComments(openid: string, commentIds: string[]): Promise<Set<string>>
  /** A comment, unless deleted. */
  findComment(id: string): Promise<CommentRecord | null>
  /** When the writer wrote after `since` (deleted comments too), newest first, at most `limit`. */
  commentTimes(openid: string, since: string, limit: number): Promise<string[]>
  /**
   * Stores a new comment unless, with it, the writer would go over a quota;
   * false, and nothing stored, then. Comments sent at once never get past a
   * limit together.
   */
  addComment(comment: CommentRecord, quotas: CommentQuota[]): Promise<boolean>
  /** An operator's decision, which also closes the comment's reports; null when the comment is gone. */
  moderateComment(id: string, moderation: Moderation): Promise<CommentRecord | null>
  /** The writer's deletion: the text goes, with its likes and reports; false unless it was theirs and there. */
  deleteComment(id: string, openid: string): Promise<boolean>
  /**
   * Likes or un-likes for the reader (one like per reader and comment);
   * answers whether they like it now and the comment's likes after the
   * change (`comment`, as read before it, gives the base).
   */
  toggleCommentLike(comment: CommentRecord, openid: string, at: string): Promise<{ liked: boolean; likes: number }>
  /**
   * A reader's report of a selected comment (`comment`, as read before),
   * counted once per reader: the comment leaves the public list. False when
   * the reader had reported it already or it is no longer selected.
   */
  reportComment(comment: CommentRecord, report: { openid: string; reason: string | null; at: string }): Promise<boolean>
  /** One queue of the operators' page, newest first, with each comment's article title. */
  listCommentQueue(
    queue: CommentQueue,
    query: { after?: CursorKey; limit: number },
  ): Promise<{ comment: CommentRecord; articleTitle: string }[]>
}

/**
 * The comment store with each of a reader's writes followed by
 * `afterWrite(openid)`, which takes the write back if the reader's account
 * was deleted meanwhile (the stores' tombstone): nothing with the openid of a
 * deleted account stays behind, whatever raced.
 */
export function guardedCommentWrites(store: CommentStore, afterWrite: (openid: string) => unknown): CommentStore {
  const then = async <T>(openid: string, write: Promise<T>) => {
    const result = await write
    await afterWrite(openid)
    return result
  }
  return {
    ...store,
    addComment: (comment, quotas) => then(comment.openid, store.addComment(comment, quotas)),
    toggleCommentLike: (comment, openid, at) => then(openid, store.toggleCommentLike(comment, openid, at)),
    reportComment: (comment, report) => then(report.openid, store.reportComment(comment, report)),
  }
}
