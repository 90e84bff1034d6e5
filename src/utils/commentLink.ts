import { ID_PATTERN, PAGES } from '../contract/rules'

/** 写留言 for an article: its id and nothing else. */
export const composerUrl = (articleId: string) => `${PAGES.comment}?id=${encodeURIComponent(articleId)}`

/** The article a composer was opened for; null when its query holds no valid id. */
export const composerIdOf = (params: Partial<Record<string, string>>): string | null =>
  params.id !== undefined && ID_PATTERN.test(params.id) ? params.id : null
