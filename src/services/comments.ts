import type { Id } from '../contract/models'
import { callApi } from './api'

/** The next page of an article's comments after the first, which comes with articles.get. */
/** A page of an article's comments: the first without `cursor`. */
export const fetchComments = (articleId: Id, cursor?: string) =>
  callApi('comments.list', cursor ? { articleId, cursor } : { articleId })

/** Resolves with the comment as stored: pending selection, or under review when WeChat's check was unsure. */
export const addComment = (articleId: Id, text: string) =>
  callApi('comments.add', { articleId, text }).then(({ comment }) => comment)

export const deleteComment = (id: Id) => callApi('comments.delete', { id })

/** A toggle: resolves with the reader's like and the count as they now are. */
export const toggleCommentLike = (id: Id) => callApi('comments.like', { id })

export const reportComment = (id: Id, reason: string) => callApi('comments.report', { id, reason })
