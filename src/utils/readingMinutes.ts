import type { Block, Span } from '../contract/models'

/** About what a reader gets through in a minute of Chinese prose; a picture costs a few seconds. */
const CHARS_PER_MINUTE = 400
const IMAGE_MINUTES = 0.1

const spansLength = (spans: Span[]) => spans.reduce((sum, span) => sum + span.text.length, 0)

function blockLength(block: Block): number {
  switch (block.type) {
    case 'heading':
      return block.text.length
    case 'paragraph':
    case 'quote':
      return spansLength(block.spans)
    case 'list':
      return block.items.reduce((sum, item) => sum + spansLength(item), 0)
    case 'image':
      return (block.caption ?? '').length
  }
}

/** 约 N 分钟读完: whole minutes, at least one. */
export function readingMinutes(blocks: readonly Block[]): number {
  const chars = blocks.reduce((sum, block) => sum + blockLength(block), 0)
  const images = blocks.filter((block) => block.type === 'image').length
  return Math.max(1, Math.round(chars / CHARS_PER_MINUTE + images * IMAGE_MINUTES))
}
