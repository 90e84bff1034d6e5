import type { CommentQueue } from '../contract/api'
import type { Id } from '../contract/models'
import { callApi } from './api'

export type ModerationAction = 'select' | 'unselect' | 'hide'

/** One page of a moderation queue, newest first. */
export const listCommentQueue = (status: CommentQueue, cursor?: string) =>
  callApi('admin.comments.list', { status, pageSize: 10, ...(cursor ? { cursor } : {}) })

/** Select, unselect or hide; `reply` sets 作者回复 ('' removes it). */
export const moderateComment = (id: Id, action: ModerationAction, reply?: string) =>
  callApi('admin.comments.moderate', { id, action, ...(reply === undefined ? {} : { reply }) }).then(
    ({ comment }) => comment,
  )
