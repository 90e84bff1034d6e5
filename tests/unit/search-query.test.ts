import { highlightParts, toQuery } from '../../src/utils/searchQuery'

/** The highlighted words, in order. */
const hits = (text: string, query: string) =>
  highlightParts(text, query)
    .filter((part) => part.hit)
    .map((part) => part.text)

describe('toQuery', () => {
  it.each([
    ['  棉花 ', '棉花'],
    ['x'.repeat(50), 'x'.repeat(50)],
  ])('takes %p as %p', (raw, query) => expect(toQuery(raw)).toBe(query))

  it.each(['', '   ', '\n\t', 'x'.repeat(51)])('refuses %p, which the backend would refuse too', (raw) => {
    expect(toQuery(raw)).toBeNull()
  })
})

describe('highlightParts', () => {
  it('marks every occurrence and keeps the whole text', () => {
    const parts = highlightParts('新疆棉花上市，棉花期货承压', '棉花')
    expect(parts.map((part) => part.text).join('')).toBe('新疆棉花上市，棉花期货承压')
    expect(hits('新疆棉花上市，棉花期货承压', '棉花')).toEqual(['棉花', '棉花'])
  })

  it('marks each word of a query with spaces or punctuation, ignoring letter case', () => {
    expect(hits('羊绒价格回暖，PTA 走强', '价格，pta 羊绒')).toEqual(['羊绒', '价格', 'PTA'])
  })

  it('prefers the longer word where two overlap', () => {
    expect(hits('长绒棉采收', '棉 长绒棉')).toEqual(['长绒棉'])
  })

  it.each(['.*', '(', '[', '\\', '   '])('treats %p as text: no pattern, nothing marked, no error', (query) => {
    expect(highlightParts('a.*b(c[d\\e', query)).toEqual([{ text: 'a.*b(c[d\\e', hit: false }])
  })
})
