import type { Block } from '../../src/contract/models'
import { joinText, visibleLength } from './html/text'

const LENGTH = 80
/** A sentence that ends past this point makes a better cut than a hard one. */
const SHORTEST_SENTENCE = 40
const SENTENCE_END = /[。！？!?；;]/

/**
 * The default summary: the body's opening text (paragraphs and quotes), cut
 * to about 80 characters, at the end of a sentence where one ends late enough.
 */
export function excerpt(blocks: Block[]): string {
  let text = ''
  for (const block of blocks) {
    if (visibleLength(text) > LENGTH) break
    if (block.type === 'paragraph' || block.type === 'quote')
      text = joinText(text, block.spans.map((span) => span.text).join(''))
  }
  const chars = Array.from(text)
  if (chars.length <= LENGTH) return text
  const head = chars.slice(0, LENGTH)
  for (let i = head.length - 1; i >= SHORTEST_SENTENCE; i--) {
    if (SENTENCE_END.test(head[i])) return head.slice(0, i + 1).join('')
  }
  return `${head.slice(0, LENGTH - 1).join('')}…`
}
