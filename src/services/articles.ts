import type { Category, Id } from '../contract/models'
import type { ArticleTarget } from '../utils/articleTarget'
import { callApi } from './api'

/** A page of the 资讯 feed; the first open also asks for the category tabs. */
export const fetchFeed = (options: { category?: Id; cursor?: string; withCategories?: boolean }) =>
  callApi('articles.list', { pageSize: 10, ...options })

/** The detail screen in one round trip: article (its read counted), related, favorited. */
export const fetchArticle = (target: ArticleTarget, scene?: number) =>
  callApi('articles.get', scene ? { ...target, scene } : target)

/** 全部 is the app's own tab, not a category of the backend. */
export const ALL_CATEGORIES: Category = { id: '', name: '全部' }
