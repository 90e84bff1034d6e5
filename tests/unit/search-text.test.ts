import { searchExpression, searchTokens } from '../../server/core/search-text'

describe('searchTokens', () => {
  it('indexes Han runs as overlapping pairs and single characters, other words lower-cased', () => {
    expect(searchTokens('新疆棉花，PTA 期货')).toEqual({
      grams: '新疆 疆棉 棉花 pta 期货',
      chars: '新 疆 棉 花 期 货',
    })
  })
})

describe('searchExpression', () => {
  it.each([
    ['棉花', 'grams : "棉花"'],
    ['羊绒 价格', 'grams : "羊绒" AND grams : "价格"'],
    ['棉花价格', 'grams : "棉花 花价 价格"'],
    ['棉', 'chars : "棉"'],
    ['PTA期货', 'grams : "pta 期货"'],
  ])('turns %s into %s', (query, expression) => {
    expect(searchExpression(query)).toBe(expression)
  })

  it.each(['.*', '(', '"', '*', 'AND', '  '])('treats %p as text: never an operator or a syntax error', (query) => {
    const expression = searchExpression(query)
    expect(expression === null || /^grams : "[a-z]+"$/.test(expression)).toBe(true)
  })
})
