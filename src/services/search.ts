import { callApi } from './api'

/** One page of results for a query already checked with toQuery, newest first. */
export const searchArticles = (q: string, cursor?: string) =>
  callApi('articles.search', cursor ? { q, cursor, pageSize: 10 } : { q, pageSize: 10 })
