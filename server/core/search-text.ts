import type { Block } from '../../src/contract/models'

/**
 * How search ranks (DESIGN.md, Articles): the way a reader scans a list.
 *
 * An article matches a query when every token of the query (`queryTokens`)
 * is among the article's tokens. Its tier is the first field, in the order
 * below, that holds every token of the query on its own; an article whose
 * tokens are spread over several fields (棉花 in the title, 价格 only in the
 * summary) ranks in the body tier, since no single field answers the whole
 * query. Within a tier, newer first: publishedAt desc, then id desc. Both
 * stores rank this way and page by (tier, publishedAt, id).
 */
export const SEARCH_TIERS = ['title', 'summary', 'body'] as const
export type SearchTier = (typeof SEARCH_TIERS)[number]

/** The text of an article's body a reader can read: headings, paragraphs, quotes, list items, image texts; one per line. */
export function bodyText(blocks: Block[]): string {
  const parts: string[] = []
  for (const block of blocks) {
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
 * Longer words are cut to this many characters, in the index and in queries
 * alike: a token is an index key, and CloudBase refuses keys over 1024 bytes.
 */
const MAX_WORD_LENGTH = 32

/**
 * Text as search compares it: NFKC folds full-width letters and digits
 * (ＰＴＡ, １２) and compatibility ideographs into their usual forms, and
 * letter case is ignored.
 */
export const foldText = (text: string) => text.normalize('NFKC').toLowerCase()

/** The words of a query as search compares them: runs of Han characters, or of letters and digits. */
export const queryWords = (query: string): string[] => foldText(query).match(RUNS) ?? []

const isHan = (run: string) => HAN.test(run)
const pairs = (characters: string[]) => characters.slice(1).map((character, i) => characters[i] + character)
const word = (run: string) => [...run].slice(0, MAX_WORD_LENGTH).join('')

/**
 * The tokens an article's field is indexed by, each once. Chinese has no
 * spaces between words, so a Han run gives its overlapping pairs (棉花价格 →
 * 棉花 花价 价格), which find any word of two characters or more, and its
 * single characters, which find a one-character query; other scripts give
 * their words.
 */
export function textTokens(text: string): string[] {
  const tokens = new Set<string>()
  for (const run of foldText(text).match(RUNS) ?? []) {
    if (!isHan(run)) {
      tokens.add(word(run))
      continue
    }
    const characters = [...run]
    for (const token of [...characters, ...pairs(characters)]) tokens.add(token)
  }
  return [...tokens]
}

/**
 * The tokens an article must hold to match a query: a Han word's pairs (or
 * the character itself when it stands alone), other words whole. None when
 * nothing searchable is left (`.*`, `(`). Single characters come last: they
 * are the commonest, the worst key for an index to start from.
 */
export function queryTokens(query: string): string[] {
  const tokens = new Set<string>()
  for (const run of queryWords(query)) {
    const characters = [...run]
    if (!isHan(run)) tokens.add(word(run))
    else if (characters.length === 1) tokens.add(run)
    else for (const pair of pairs(characters)) tokens.add(pair)
  }
  return [...tokens].sort((a, b) => Number([...a].length === 1) - Number([...b].length === 1))
}
