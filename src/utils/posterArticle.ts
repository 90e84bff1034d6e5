import type { PosterArticle } from './posterLink'

/** Query values arrive as they were written in the URL: neither WeChat nor Taro's h5 router decodes them. */
function decoded(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** The article a poster page was opened with (posterUrl); null when the query lacks it. */
export function posterArticleOf(params: Partial<Record<string, string>>): PosterArticle | null {
  const title = decoded(params.title)
  if (!params.id || !title) return null
  const cover = decoded(params.cover)
  return {
    id: params.id,
    title,
    summary: decoded(params.summary),
    source: decoded(params.source),
    ...(cover ? { cover } : {}),
  }
}
