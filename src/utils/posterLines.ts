/**
 * Text broken into lines for the poster's canvas, by the rules Chinese
 * typesetting follows (GB/T 15834, W3C's clreq): a line never starts with
 * closing punctuation nor ends with opening punctuation; Latin words and
 * numbers stay whole where they fit; Chinese breaks between any two
 * characters.
 */

export interface PosterFont {
  size: number
  bold: boolean
}

/** How wide `text` is in `font`: the canvas's own measureText, so that wrapping matches the drawing. */
export type MeasureText = (text: string, font: PosterFont) => number

export const ELLIPSIS = '…'

/** Never at the start of a line: they stay with what they close or follow. */
export const CLOSERS: ReadonlySet<string> = new Set(
  Array.from('，。、；：？！）」』》】〉〕〗］｝”’…—―～·・％‰,.;:?!)]}%'),
)
/** Never at the end of a line: they stay with what they open. */
export const OPENERS: ReadonlySet<string> = new Set(Array.from('（「『《【〈〔〖［｛“‘([{'))

/** A Latin word or a number, with what joins its parts: 3.5%, 1,000, ITMA-ASIA, e-mail, https://... */
const LATIN_WORD = /[A-Za-z0-9]+(?:[-.,:/_'’&+@#%][A-Za-z0-9]+)*%?/y

interface Token {
  text: string
  space: boolean
  opens: boolean
  closes: boolean
}

const tokenOf = (text: string): Token => ({
  text,
  space: text === ' ',
  opens: OPENERS.has(text),
  closes: CLOSERS.has(text),
})

/** Characters, or, with `words`, Latin words and numbers whole. */
function tokenize(text: string, words: boolean): Token[] {
  const tokens: Token[] = []
  for (let i = 0; i < text.length;) {
    LATIN_WORD.lastIndex = i
    const piece = (words && LATIN_WORD.exec(text)?.[0]) || String.fromCodePoint(text.codePointAt(i) ?? 0)
    tokens.push(tokenOf(piece))
    i += piece.length
  }
  return tokens
}

/**
 * The tokens grouped into what a line may not split: a closer joins what
 * precedes it, an opener what follows it. `' '` stands for a space where a
 * line may break (and the space then disappears).
 */
function clusters(tokens: Token[]): string[] {
  const out: string[] = []
  let current = ''
  let previous: Token | undefined
  tokens.forEach((token, i) => {
    if (token.space) {
      const next = tokens[i + 1]
      if (current && !previous?.opens && next && !next.closes) {
        out.push(current, ' ')
        current = ''
      } else current += ' '
      return
    }
    if (current && !token.closes && !previous?.opens) {
      out.push(current)
      current = ''
    }
    current += token.text
    previous = token
  })
  if (current) out.push(current)
  return out
}

/**
 * What the lines are filled with, each narrower than a line when it can be:
 * a group too wide for a line is grouped again by characters, and only a
 * group still too wide (a character with a run of closers on a very narrow
 * line) is broken against the rules.
 */
function breakUnits(text: string, fits: (text: string) => boolean): string[] {
  const normal = text.replace(/\s+/g, ' ').trim()
  return clusters(tokenize(normal, true)).flatMap((unit) =>
    unit === ' ' || fits(unit)
      ? [unit]
      : clusters(tokenize(unit, false)).flatMap((piece) => (fits(piece) ? [piece] : Array.from(piece))),
  )
}

/** The line cut short with …, which never follows an opener or a space. */
function withEllipsis(line: string, fits: (text: string) => boolean): string {
  const chars = Array.from(line)
  const last = () => chars[chars.length - 1]
  while (chars.length > 0 && (!fits(chars.join('') + ELLIPSIS) || OPENERS.has(last()) || last() === ' ')) chars.pop()
  return chars.join('') + ELLIPSIS
}

/** `text` in lines no wider than `maxWidth`, at most `maxLines`; the last ends in … when text is left over. */
export function wrapText(
  text: string,
  font: PosterFont,
  maxWidth: number,
  maxLines: number,
  measure: MeasureText,
): string[] {
  const lines: string[] = []
  if (maxLines < 1) return lines
  const fits = (candidate: string) => measure(candidate, font) <= maxWidth
  let line = ''
  for (const unit of breakUnits(text, fits)) {
    if (unit === ' ') {
      if (line) line += ' '
      continue
    }
    if (!fits(unit)) break // narrower than one character: nothing more can be drawn
    if (fits(line + unit)) {
      line += unit
      continue
    }
    if (lines.length === maxLines - 1) return [...lines, withEllipsis(line, fits)]
    lines.push(line.trimEnd())
    line = unit
  }
  return line ? [...lines, line.trimEnd()] : lines
}
