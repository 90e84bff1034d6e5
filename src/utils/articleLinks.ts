import { ID_PATTERN, PAGES } from '../contract/rules'

/**
 * Pages opened for one article (its poster, 写留言) carry its id and nothing
 * else: what they show comes from the backend, so a hand-made URL cannot put
 * invented text under 梧桐台's name.
 */
const withId = (page: string) => (id: string) => `${page}?id=${encodeURIComponent(id)}`

export const posterUrl = withId(PAGES.poster)
export const composerUrl = withId(PAGES.comment)

/** The article such a page was opened for; null when its query holds no valid id. */
export function articleIdOf(params: Partial<Record<string, string>>): string | null {
  const { id } = params
  return id && ID_PATTERN.test(id) ? id : null
}
