import { ID_PATTERN, PAGES } from '../contract/rules'

/**
 * The poster page's URL: the article's id and nothing else. What the poster
 * shows comes from articles.code's answer, so a hand-made URL cannot put
 * invented text under 梧桐台's name.
 */
export const posterUrl = (id: string) => `${PAGES.poster}?id=${encodeURIComponent(id)}`

/** The article a poster page was opened for; null when its query holds no valid id. */
export function posterIdOf(params: Partial<Record<string, string>>): string | null {
  const { id } = params
  return id && ID_PATTERN.test(id) ? id : null
}
