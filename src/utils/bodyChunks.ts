import type { Block } from '../contract/models'
import { utf8Bytes } from './utf8'

/**
 * How far the body is drawn after drawing up to `from`: the next blocks up
 * to `maxBlocks` and about `maxBytes` of their JSON in UTF-8, at least one.
 * WeChat refuses a setData over 256 KB, about twice the blocks' own JSON
 * once Taro has wrapped them, and audits pages at 1 000 nodes (about 5 per
 * block): the longest sample article (156 blocks, 47 KB, a 98 KB setData)
 * still comes in one piece, and a far longer import in pieces that each fit.
 */
export function nextBodyEnd(blocks: readonly Block[], from: number, maxBlocks = 160, maxBytes = 96 * 1024): number {
  let end = from
  let bytes = 0
  while (end < blocks.length && end - from < maxBlocks) {
    bytes += utf8Bytes(JSON.stringify(blocks[end]))
    if (bytes > maxBytes && end > from) break
    end++
  }
  return end
}
