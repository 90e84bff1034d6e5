import type { Id } from '../contract/models'
import { callApi } from './api'

/** The operators' page opens only for admins; the server refuses the admin actions to anyone else anyway. */
export const checkAdmin = () => callApi('me.get', {}).then(({ isAdmin }) => isAdmin)

/** The newest articles, for picking a channel's target or an article's statistics. */
export const fetchLatestArticles = () => callApi('articles.list', { pageSize: 20 }).then(({ items }) => items)

/** Articles whose title (first), summary or body holds the words: for picking one older than the newest 20. */
export const findArticles = (q: string) => callApi('articles.search', { q, pageSize: 20 }).then(({ items }) => items)

/** `{}`: all reads; `{ articleId }` or `{ channel }`: that one's. China days, at most 366 (default the last 30). */
export const fetchStats = (filter: { articleId?: Id; channel?: Id; from?: string; to?: string }) =>
  callApi('admin.stats', filter)
