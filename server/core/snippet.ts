import { foldText, queryTokens, queryWords } from './search-text'

/** The contract's bound (ArticleSummary.snippet), in UTF-16 units: so also at most 80 characters. */
export const SNIPPET_MAX_LENGTH = 80
/** How much text may come before the match: a reader reads the match first, then on. */
const LEAD = 20
/** The text before the match starts no earlier than its sentence. */
const SENTENCE_END = /[。！？!?；;]/
const ELLIPSIS = '…'

interface Character {
  text: string
  /** Where it starts in the text, in UTF-16 units. */
  at: number
}

/** The first place the query matches in `characters`, as a range of character indexes; null when none. */
function firstMatch(characters: Character[], query: string): [number, number] | null {
  // Folded one character at a time, so that a place in the folded text leads back to a character.
  let folded = ''
  const owner: number[] = []
  characters.forEach(({ text }, index) => {
    const fold = foldText(text)
    folded += fold
    for (let i = 0; i < fold.length; i++) owner.push(index)
  })
  // A query's words where they stand whole; else its tokens (智能纺纱 matches 智能…纺纱 apart).
  for (const needles of [queryWords(query), queryTokens(query)]) {
    let best: [number, number] | null = null
    for (const needle of needles) {
      const at = folded.indexOf(needle)
      if (at >= 0 && (best === null || at < best[0])) best = [at, at + needle.length - 1]
    }
    if (best) return [owner[best[0]], owner[best[1]]]
  }
  return null
}

/**
 * Up to 80 characters of a body's plain text around the first place the
 * query matches, for a result matched in its body: whitespace collapsed,
 * cut between code points (never inside a surrogate pair), `…` where the
 * text goes on. Plain text: the client marks the words itself. Undefined
 * when the body holds no word of the query.
 */
export function snippet(body: string, query: string): string | undefined {
  const text = body.replace(/\s+/g, ' ').trim()
  const characters: Character[] = []
  let offset = 0
  for (const character of text) {
    characters.push({ text: character, at: offset })
    offset += character.length
  }
  const match = firstMatch(characters, query)
  if (!match) return undefined

  let [first, last] = match
  const width = (from: number, to: number) =>
    (from > 0 ? ELLIPSIS.length : 0) +
    (characters[to].at + characters[to].text.length - characters[from].at) +
    (to < characters.length - 1 ? ELLIPSIS.length : 0)
  const fits = (from: number, to: number) => width(from, to) <= SNIPPET_MAX_LENGTH
  // A match too long to show whole shows its beginning.
  while (last > first && !fits(first, last)) last--
  const start = first
  const leads = (before: Character) => characters[start].at - before.at <= LEAD && !SENTENCE_END.test(before.text)
  while (first > 0 && leads(characters[first - 1]) && fits(first - 1, last)) first--
  while (last < characters.length - 1 && fits(first, last + 1)) last++
  while (first > 0 && fits(first - 1, last)) first--

  let shown = characters
    .slice(first, last + 1)
    .map((c) => c.text)
    .join('')
  if (first > 0) shown = ELLIPSIS + shown.trimStart()
  if (last < characters.length - 1) shown = shown.trimEnd() + ELLIPSIS
  return shown
}
