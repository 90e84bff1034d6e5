/** Runs of white space that HTML collapses; nbsp and the ideographic space count too. */
export const WHITESPACE_RUN = /[ \t\n\r\f\u00a0\u3000]+/g

/** Invisible characters that editors leave as spacers; they carry no text. */
const INVISIBLE = /[\u200b\u2060\ufeff]/g

export const dropInvisible = (text: string) => text.replace(INVISIBLE, '')

/** One line of plain text: invisible characters gone, white space collapsed and trimmed. */
export const normalizeLine = (text: string) => dropInvisible(text).replace(WHITESPACE_RUN, ' ').trim()

const CJK = /[\u2e80-\u2fff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/

/** Chinese, Japanese and full-width characters and punctuation. */
export const isCjk = (char: string) => CJK.test(char)

const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/

/** Full-width punctuation (，。：《》【】 ...) carries its own spacing: a space beside it is noise. */
export const isCjkPunctuation = (char: string) => CJK_PUNCTUATION.test(char)

/** Text of one kind written next to another: CJK text joins without a space. */
export function joinText(left: string, right: string) {
  if (!left || !right) return left + right
  return isCjk(left[left.length - 1]) || isCjk(right[0]) ? left + right : `${left} ${right}`
}

/** Length as a reader counts it: code points, not UTF-16 units. */
export const visibleLength = (text: string) => Array.from(text).length
