import * as fc from 'fast-check'
import { snippet, SNIPPET_MAX_LENGTH } from '../../server/core/snippet'

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const withoutEllipses = (text: string) => text.replace(/^…|…$/g, '')

describe('snippet', () => {
  const filler = (n: number) => '纺织服装产业链上下游协同发展。'.repeat(n)

  it('shows a short body whole, without ellipses', () => {
    expect(snippet('今年印染企业\n订单回暖。', '印染')).toBe('今年印染企业 订单回暖。')
  })

  it('cuts a long body around the first match, a little before it and more after, with … where the text goes on', () => {
    const body = `${filler(5)}绍兴柯桥的印染企业订单回暖，${filler(5)}印染再次出现。`
    const shown = snippet(body, '印染') as string
    expect(shown.length).toBeLessThanOrEqual(SNIPPET_MAX_LENGTH)
    expect(shown.startsWith('…')).toBe(true)
    expect(shown.endsWith('…')).toBe(true)
    const inner = withoutEllipses(shown)
    expect(body).toContain(inner)
    // The first 印染 is the one shown, with at most 20 characters before it.
    expect(body.indexOf(inner) + inner.indexOf('印染')).toBe(body.indexOf('印染'))
    expect(inner.indexOf('印染')).toBeLessThanOrEqual(20)
  })

  it('starts no earlier than the sentence the match is in', () => {
    const shown = snippet(`${filler(3)}今年绍兴柯桥的印染企业订单回暖。${filler(6)}`, '印染') as string
    expect(shown).toMatch(/^…今年绍兴柯桥的印染企业订单回暖。纺织/)
  })

  it('uses the room before the match when the body ends soon after it', () => {
    const body = `${filler(10)}最后一句讲印染。`
    const shown = snippet(body, '印染') as string
    expect(shown).toMatch(/^….*最后一句讲印染。$/)
    expect(shown).toHaveLength(SNIPPET_MAX_LENGTH)
  })

  it('finds the words whatever their letter case or width, and shows them as written', () => {
    expect(snippet('本周 ＰＴＡ 期货上涨', 'pta')).toBe('本周 ＰＴＡ 期货上涨')
    expect(snippet('Cotton prices rose', 'COTTON')).toBe('Cotton prices rose')
  })

  it('falls back to the parts of a word when the word does not stand whole', () => {
    expect(snippet(`${filler(4)}智能化改造让纺纱车间少了一半人手`, '智能纺纱')).toContain('智能化改造')
  })

  it('is undefined when the body holds no word of the query', () => {
    expect(snippet('正文没有提到它。', '羊绒')).toBeUndefined()
    expect(snippet('', '羊绒')).toBeUndefined()
  })

  it.each(['', '，'])('never splits a character made of a surrogate pair (%p before them)', (lead) => {
    const body = `${lead}${'𠀀'.repeat(60)}印染${'𠀀'.repeat(60)}`
    const shown = snippet(body, '印染') as string
    expect(shown).not.toMatch(LONE_SURROGATE)
    expect(shown.length).toBeLessThanOrEqual(SNIPPET_MAX_LENGTH)
    expect(shown).toContain('印染')
  })

  describe('for any body and a word in it', () => {
    // The word's characters never occur around it: its one occurrence is the first match.
    const word = fc.string({ unit: fc.constantFrom(...'印染绍兴柯桥'), minLength: 1, maxLength: 8 })
    const around = fc.string({
      unit: fc.oneof(
        fc.constantFrom(...'纺织服装，。 \n、abcXYZ019'),
        fc.constantFrom('𠀀', '😀', '👩‍👩‍👧', 'é', 'e\u0301', '\t'),
      ),
      maxLength: 200,
      size: 'max',
    })

    it('keeps to 80 characters, shows the match, never splits a surrogate pair, and is the body text', () => {
      fc.assert(
        fc.property(around, word, around, (before, match, after) => {
          const body = `${before}${match}${after}`
          const shown = snippet(body, match) as string
          expect(shown.length).toBeLessThanOrEqual(SNIPPET_MAX_LENGTH)
          expect(shown).not.toMatch(LONE_SURROGATE)
          expect(shown).toContain(match)
          expect(body.replace(/\s+/g, ' ')).toContain(withoutEllipses(shown))
        }),
      )
    })
  })
})
