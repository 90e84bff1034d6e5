/**
 * How a comment's text is counted and stored, for the composer (which shows
 * the count as the server will see it) and the server (which applies it).
 * No imports, nothing else: the composer's subpackage carries it, not the
 * main package.
 */

/** At most this many characters, as a reader counts them (grapheme clusters). */
export const COMMENT_MAX_CHARS = 500

/** Controls and invisible direction marks, which can disguise a text; joiners stay (emoji sequences need them). */
// eslint-disable-next-line no-control-regex
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g

/**
 * A reader's text as it is stored: invisible characters dropped, each run of
 * whitespace made one space (or one line break if it held one), trimmed.
 */
export function plainText(raw: string): string {
  return raw
    .replace(INVISIBLE, '')
    .replace(/\s+/g, (run) => (/[\n\r\u2028\u2029]/.test(run) ? '\n' : ' '))
    .trim()
}

interface Segmenter {
  segment(text: string): Iterable<unknown>
}
type SegmenterConstructor = new (locale?: string, options?: { granularity: 'grapheme' }) => Segmenter

/**
 * The length the server checks: characters of the stored text (plainText,
 * NFC), counted as a reader counts them, an emoji or a 字 each. Where the
 * engine has no Intl.Segmenter (older phones), code points are counted: never
 * fewer than the server's count, so a text shown as fitting always fits.
 */
export function commentLength(raw: string): number {
  const text = plainText(raw).normalize('NFC')
  const Segmenter = (Intl as { Segmenter?: SegmenterConstructor }).Segmenter
  if (!Segmenter) return Array.from(text).length
  let count = 0
  for (const _grapheme of new Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) count += 1
  return count
}
