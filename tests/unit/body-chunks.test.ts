import type { Block } from '../../src/contract/models'
import { nextBodyEnd } from '../../src/utils/bodyChunks'
import { loadSeed } from '../../server/dev/seed'

const paragraph = (n: number): Block => ({ type: 'paragraph', spans: [{ text: `第 ${n} 段。`.repeat(40) }] })
const bytesOf = (blocks: Block[]) => blocks.reduce((sum, block) => sum + Buffer.byteLength(JSON.stringify(block)), 0)

/** The pieces a body is drawn in, one reach-bottom after another. */
function pieces(blocks: Block[]): Block[][] {
  const out: Block[][] = []
  for (let from = 0; from < blocks.length;) {
    const end = nextBodyEnd(blocks, from)
    expect(end).toBeGreaterThan(from)
    out.push(blocks.slice(from, end))
    from = end
  }
  return out
}

describe('a long article is drawn in pieces', () => {
  test('every sample article comes in one piece', () => {
    for (const article of loadSeed().articles) expect(nextBodyEnd(article.blocks, 0)).toBe(article.blocks.length)
  })

  test('a 2 000-block article comes in pieces that each stay within 160 blocks and 96 KB of UTF-8, in order', () => {
    const blocks = Array.from({ length: 2000 }, (_, n) => paragraph(n))
    const parts = pieces(blocks)
    expect(parts.length).toBeGreaterThan(12)
    expect(parts.flat()).toEqual(blocks)
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(160)
      expect(bytesOf(part)).toBeLessThanOrEqual(96 * 1024)
    }
  })

  test('a single block larger than a piece still comes, alone', () => {
    const huge: Block = { type: 'paragraph', spans: [{ text: '棉'.repeat(200_000) }] }
    const blocks = [paragraph(0), huge, paragraph(2)]
    expect(pieces(blocks)).toEqual([[paragraph(0)], [huge], [paragraph(2)]])
  })
})
