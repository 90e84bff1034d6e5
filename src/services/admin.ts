import type { Id } from '../contract/models'
import { callApi } from './api'
import { currentEnvVersion } from '../device/envVersion'

/** The operators' page opens only for admins; the server refuses the admin actions to anyone else anyway. */
export const checkAdmin = () => callApi('me.get', {}).then(({ isAdmin }) => isAdmin)

/** The newest articles, for picking a channel's target or an article's statistics. */
export const fetchLatestArticles = () => callApi('articles.list', { pageSize: 20 }).then(({ items }) => items)

export const createChannel = (name: string, articleId?: Id) =>
  callApi('admin.channels.create', { name, envVersion: currentEnvVersion(), ...(articleId ? { articleId } : {}) })

/** The newest event channels, each with its reads and readers. */
export const fetchChannels = () => callApi('admin.channels.list', { pageSize: 20 }).then(({ items }) => items)

/** `{ articleId }` or `{ channel }`: that one's reads by entry over the last 30 days. */
export const fetchStats = (filter: { articleId?: Id; channel?: Id }) => callApi('admin.stats', filter)
