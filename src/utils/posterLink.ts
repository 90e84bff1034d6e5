import type { ArticleSummary } from '../contract/models'
import { PAGES } from '../contract/rules'

/** What the poster shows; the page reads it back from its query. */
export interface PosterArticle {
  id: string
  title: string
  summary: string
  source: string
  cover?: string
}

/** Three lines show at most this much of each (posterLayout); the rest would only lengthen the URL. */
export const POSTER_TEXT_LIMITS = { title: 60, summary: 80, source: 30 } as const

/** The first `length` characters, never half of one (a lone surrogate would break encodeURIComponent). */
const cut = (text: string, length: number) => Array.from(text).slice(0, length).join('')

/**
 * The poster page's URL, carrying the article: opening the poster asks the
 * backend nothing (another articles.get would count another read).
 */
export function posterUrl({ id, title, summary, source, cover }: ArticleSummary): string {
  const fields: PosterArticle = {
    id,
    title: cut(title, POSTER_TEXT_LIMITS.title),
    summary: cut(summary, POSTER_TEXT_LIMITS.summary),
    source: cut(source, POSTER_TEXT_LIMITS.source),
    ...(cover ? { cover } : {}),
  }
  const query = Object.entries(fields).map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
  return `${PAGES.poster}?${query.join('&')}`
}
