/** The contract's bounds for `articles.search`'s `q`, after trimming. */
export const QUERY_MAX_LENGTH = 50

/** The query as the backend will take it, or null when it would refuse it: no call goes out for that. */
export function toQuery(raw: string): string | null {
  const query = raw.trim()
  return query.length >= 1 && query.length <= QUERY_MAX_LENGTH ? query : null
}

/**
 * The words the backend matches a query by (server/core/search-text.ts):
 * runs of Chinese characters, or of letters and digits; spaces and
 * punctuation only separate them. Written with code-point ranges, not
 * Unicode property escapes, which older mini-program engines lack.
 */
const WORDS = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9A-Za-z\u00c0-\u024f]+/g

export interface TextPart {
  text: string
  /** A word of the query: shown highlighted. */
  hit: boolean
}

/** Splits `text` around every occurrence of a word of `query`, letter case ignored. */
export function highlightParts(text: string, query: string): TextPart[] {
  // Longest first, so that 棉花价格 wins over 棉花 where both match.
  const words = [...new Set(query.match(WORDS) ?? [])].sort((a, b) => b.length - a.length)
  if (words.length === 0 || !text) return [{ text, hit: false }]
  // The words hold no regular-expression syntax: WORDS lets none through.
  const pattern = new RegExp(words.join('|'), 'gi')
  const parts: TextPart[] = []
  let at = 0
  // exec rather than matchAll, which older iOS engines lack; no word is empty, so the loop advances.
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), hit: false })
    parts.push({ text: match[0], hit: true })
    at = match.index + match[0].length
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false })
  return parts
}
