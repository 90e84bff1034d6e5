import { PAGES } from '../../src/contract/rules'
import { posterIdOf, posterUrl } from '../../src/utils/posterLink'

/** The query as WeChat (and Taro's h5 router) hand it to the page: split, not decoded. */
function queryOf(url: string): Record<string, string> {
  const [path, search] = url.split('?')
  expect(path).toBe(PAGES.poster)
  return Object.fromEntries(search.split('&').map((pair) => pair.split('=') as [string, string]))
}

describe('the poster page’s URL', () => {
  test('carries the article’s id and nothing else', () => {
    const url = posterUrl('keqiao-autumn-expo-2026')
    expect(queryOf(url)).toEqual({ id: 'keqiao-autumn-expo-2026' })
    expect(posterIdOf(queryOf(url))).toBe('keqiao-autumn-expo-2026')
  })

  test('gives the page the id only, whatever else a hand-made link adds', () => {
    const forged = { id: 'article-0001', title: encodeURIComponent('伪造的标题'), summary: 'x', cover: '/evil.png' }
    expect(posterIdOf(forged)).toBe('article-0001')
  })

  test.each([{}, { id: '' }, { id: '../etc' }, { id: 'a'.repeat(65) }, { id: '%E6%A3%89' }])(
    'finds no article in %p, so the page asks the backend nothing',
    (params) => {
      expect(posterIdOf(params)).toBeNull()
    },
  )
})
