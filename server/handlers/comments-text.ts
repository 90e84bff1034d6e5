import * as v from 'valibot'

/**
 * Characters as a reader counts them: grapheme clusters, so that an emoji,
 * a flag or a letter with its accents is one character, like a 字.
 */
export const COMMENT_MAX_CHARS = 500
/**
 * msgSecCheck takes at most 2500 characters; a pile of combining marks is
 * one grapheme but many code points, so code points are capped too.
 */
const MAX_CODE_POINTS = 2500
/** Far beyond anything acceptable: refused before any work is done on it. */
const MAX_RAW_LENGTH = 10_000

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

/** Plain text of at most 500 characters, NFC-normalised; `label` names it in the messages. */
export const plainTextField = (label: string) => {
  const tooLong = `${label}不能超过 ${COMMENT_MAX_CHARS} 个字`
  return v.pipe(
    v.string(`${label}应为文字`),
    v.maxLength(MAX_RAW_LENGTH, tooLong),
    v.transform(plainText),
    v.normalize('NFC'),
    v.maxGraphemes(COMMENT_MAX_CHARS, tooLong),
    v.check((text) => [...text].length <= MAX_CODE_POINTS, tooLong),
  )
}

export const commentText = v.pipe(plainTextField('留言'), v.minLength(1, '请输入留言内容'))
