import type { Block } from '../../../src/contract/models'
import { visibleLength } from './text'

/** A caption is a line, not a paragraph. */
const MAX_CAPTION = 40
/** How editors mark a caption in words: 图：…, 图为…, 图1 …, 图片来源…, or an arrow pointing up at the image. */
const CAPTION_MARKER = /^(?:图\s*[：:为片/|]|图\s*[0-9一二三四五六七八九十]|[▲△↑])/
const POINTER = /^[▲△↑]\s*/

const textOf = (block: Extract<Block, { type: 'paragraph' }>) => block.spans.map((span) => span.text).join('')

/**
 * Moves an obvious caption into the image it belongs to: the short line right
 * after an image without a caption, when its words mark it as one or it was
 * set in small print (`smallPrint`, from the converter). A longer line, a line
 * with a link, or one that looks like body text stays a paragraph.
 */
export function attachCaptions(blocks: Block[], smallPrint: ReadonlySet<Block>): Block[] {
  const result: Block[] = []
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    const next = blocks[i + 1]
    if (block.type === 'image' && !block.caption && next?.type === 'paragraph') {
      const text = textOf(next)
      const short = visibleLength(text) <= MAX_CAPTION && next.spans.every((span) => !span.href)
      if (short && (smallPrint.has(next) || CAPTION_MARKER.test(text))) {
        const caption = text.replace(POINTER, '')
        result.push(caption ? { ...block, caption } : block)
        i++
        continue
      }
    }
    result.push(block)
  }
  return result
}
