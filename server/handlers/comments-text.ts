import * as v from 'valibot'
import { COMMENT_MAX_CHARS, plainText } from '../../src/contract/rules'

// What is dropped, collapsed and trimmed, and the 500-character limit, are
// the contract's (the composer counts as this schema does). Characters are
// grapheme clusters: an emoji, a flag or a letter with its accents is one, like a 字.

/**
 * msgSecCheck takes at most 2500 characters; a pile of combining marks is
 * one grapheme but many code points, so code points are capped too.
 */
const MAX_CODE_POINTS = 2500
/** Far beyond anything acceptable: refused before any work is done on it. */
const MAX_RAW_LENGTH = 10_000

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
