import type { Block } from '../../src/contract/models'

/** Everything a reader can read in an article, for search. */
export function articleText(article: { title: string; summary: string; blocks: Block[] }): string {
  const parts = [article.title, article.summary]
  for (const block of article.blocks) {
    if (block.type === 'heading') parts.push(block.text)
    else if (block.type === 'paragraph' || block.type === 'quote') parts.push(block.spans.map((s) => s.text).join(''))
    else if (block.type === 'list') parts.push(...block.items.map((item) => item.map((s) => s.text).join('')))
    else parts.push(block.alt ?? '', block.caption ?? '')
  }
  return parts.filter(Boolean).join('\n')
}

const HAN = /\p{Script=Han}/u
/** Runs of Han characters, or of other letters and digits; everything else separates. */
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu

/**
 * Chinese has no spaces between words, so Han runs are indexed as
 * overlapping pairs (棉花价格 → 棉花 花价 价格), which finds any word of two
 * characters or more; single characters go to their own column. Other
 * scripts are indexed by word, lower-cased.
 */
export function searchTokens(text: string): { grams: string; chars: string } {
  const grams: string[] = []
  const chars: string[] = []
  for (const [run] of text.matchAll(RUNS)) {
    if (!HAN.test(run)) {
      grams.push(run.toLowerCase())
      continue
    }
    const characters = [...run]
    chars.push(...characters)
    if (characters.length === 1) grams.push(run)
    for (let i = 0; i + 1 < characters.length; i++) grams.push(characters[i] + characters[i + 1])
  }
  return { grams: grams.join(' '), chars: chars.join(' ') }
}

/** The words of a query (runs of Han characters, letters or digits); punctuation is dropped. */
export const searchWords = (query: string): string[] => query.match(RUNS) ?? []

/**
 * A reader's query as an FTS5 expression over the tokens above: each
 * space-separated part must appear as a phrase. Only tokens we made ever
 * reach FTS5 (quoted), so no query can be a syntax error or an operator;
 * null when nothing searchable is left (e.g. `.*` or `(`).
 */
export function searchExpression(query: string): string | null {
  const phrases = query
    .split(/\s+/)
    .map((part) => {
      const runs = part.match(RUNS) ?? []
      // A lone Han character has no pair: it is looked up in the single-character column.
      if (runs.length === 1 && [...runs[0]].length === 1 && HAN.test(runs[0])) return `chars : "${runs[0]}"`
      const { grams } = searchTokens(part)
      return grams ? `grams : "${grams}"` : null
    })
    .filter((phrase): phrase is string => phrase !== null)
  return phrases.length > 0 ? phrases.join(' AND ') : null
}
