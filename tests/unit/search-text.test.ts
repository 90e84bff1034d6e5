import * as fc from 'fast-check'
import { bodyText, queryTokens, queryWords, textTokens } from '../../server/core/search-text'

describe('textTokens', () => {
  it('indexes Han runs as single characters and overlapping pairs, other words lower-cased, each once', () => {
    expect(textTokens('新疆棉花，PTA 期货；棉花')).toEqual([
      '新',
      '疆',
      '棉',
      '花',
      '新疆',
      '疆棉',
      '棉花',
      'pta',
      '期',
      '货',
      '期货',
    ])
  })

  it('folds full-width letters and digits as a reader would not tell them apart', () => {
    expect(textTokens('ＰＴＡ期货２０２６')).toEqual(['pta', '期', '货', '期货', '2026'])
  })

  it('cuts a long word, as a query for it is cut: a token must fit in an index key', () => {
    const long = 'x'.repeat(40)
    expect(textTokens(long)).toEqual(['x'.repeat(32)])
    expect(queryTokens(long)).toEqual(textTokens(long))
  })
})

describe('queryTokens', () => {
  it.each([
    ['棉花', ['棉花']],
    ['羊绒 价格', ['羊绒', '价格']],
    ['棉花价格', ['棉花', '花价', '价格']],
    ['棉', ['棉']],
    ['PTA期货', ['pta', '期货']],
    ['棉 价格', ['价格', '棉']],
    ['.*', []],
    ['("AND")', ['and']],
    ['  ', []],
  ])('takes %p as %p', (query, tokens) => {
    expect(queryTokens(query)).toEqual(tokens)
  })

  it('asks only for tokens a text holding the query also holds, whatever the query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ maxLength: 10 }), (query, around) => {
        const tokens = new Set(textTokens(`${around} ${query} ${around}`))
        expect(queryTokens(query).every((token) => tokens.has(token))).toBe(true)
      }),
    )
  })
})

describe('queryWords', () => {
  it('keeps the runs a reader typed, folded', () => {
    expect(queryWords('智能纺纱，ＰＴＡ (期货)')).toEqual(['智能纺纱', 'pta', '期货'])
  })
})

describe('bodyText', () => {
  it('reads what a reader sees of every kind of block, one per line', () => {
    expect(
      bodyText([
        { type: 'heading', level: 2, text: '采收现场' },
        { type: 'paragraph', spans: [{ text: '今年的' }, { text: '机采棉', bold: true }] },
        { type: 'quote', spans: [{ text: '引文' }] },
        { type: 'list', ordered: false, items: [[{ text: '一' }], [{ text: '二' }]] },
        { type: 'image', src: '/media/a.jpg', alt: '棉田', caption: '图注' },
        { type: 'image', src: '/media/b.jpg' },
      ]),
    ).toBe('采收现场\n今年的机采棉\n引文\n一\n二\n棉田\n图注')
  })
})
