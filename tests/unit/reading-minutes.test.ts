import type { Block } from '../../src/contract/models'
import { readingMinutes } from '../../src/utils/readingMinutes'

const paragraph = (chars: number): Block => ({ type: 'paragraph', spans: [{ text: '棉'.repeat(chars) }] })
const image: Block = { type: 'image', src: '/media/a.jpg', caption: '图注' }

describe('readingMinutes: 约 N 分钟读完', () => {
  it('counts the text of every kind of block, at about 400 characters a minute', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 2, text: '一'.repeat(100) },
      paragraph(700),
      { type: 'quote', spans: [{ text: '引'.repeat(300) }, { text: '用', bold: true }] },
      {
        type: 'list',
        ordered: true,
        items: [[{ text: '项'.repeat(99) }], [{ text: '目'.repeat(1), href: 'https://x' }]],
      },
    ]
    // 1 201 characters: three minutes.
    expect(readingMinutes(blocks)).toBe(3)
  })

  it('adds a few seconds a picture', () => {
    expect(readingMinutes([paragraph(800), ...Array.from({ length: 10 }, () => image)])).toBe(3)
  })

  it('says at least one minute, even for a short piece or none', () => {
    expect(readingMinutes([paragraph(20)])).toBe(1)
    expect(readingMinutes([])).toBe(1)
  })
})
