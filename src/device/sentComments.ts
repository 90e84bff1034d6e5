import type { Comment } from '../contract/models'
import { updateCachedComments } from './offlineCache'

type Listener = (articleId: string, comment: Comment) => void

const listeners = new Set<Listener>()

/**
 * The composer hands a comment just sent to the article page below it (no
 * second articles.get: the answer of comments.add is the comment), and to the
 * article's kept answer, so that the next open shows it before its refresh.
 */
export function announceSent(articleId: string, comment: Comment) {
  updateCachedComments(articleId, (comments) => ({
    ...comments,
    items: [comment, ...comments.items.filter((item) => item.id !== comment.id)],
  }))
  listeners.forEach((listener) => listener(articleId, comment))
}

export function subscribeSent(listener: Listener) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
