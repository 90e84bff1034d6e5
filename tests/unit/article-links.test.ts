import { PAGES } from '../../src/contract/rules'
import { articleIdOf, composerUrl, posterUrl } from '../../src/utils/articleLinks'

/** The query as WeChat (and Taro's h5 router) hand it to the page: split, not decoded. */
function queryOf(url: string, page: string = PAGES.poster): Record<string, string> {
  const [path, search] = url.split('?')
  expect(path).toBe(page)
  return Object.fromEntries(search.split('&').map((pair) => pair.split('=') as [string, string]))
}

describe('the URLs of the poster page and the composer', () => {
  test.each([
    [PAGES.poster, posterUrl],
    [PAGES.comment, composerUrl],
  ])('%s carries the article’s id and nothing else', (page, urlOf) => {
    const url = urlOf('keqiao-autumn-expo-2026')
    expect(queryOf(url, page)).toEqual({ id: 'keqiao-autumn-expo-2026' })
    expect(articleIdOf(queryOf(url, page))).toBe('keqiao-autumn-expo-2026')
  })

  test('gives the page the id only, whatever else a hand-made link adds', () => {
    const forged = { id: 'article-0001', title: encodeURIComponent('伪造的标题'), summary: 'x', cover: '/evil.png' }
    expect(articleIdOf(forged)).toBe('article-0001')
  })

  test.each([{}, { id: '' }, { id: '../etc' }, { id: 'a'.repeat(65) }, { id: '%E6%A3%89' }])(
    'finds no article in %p, so the page asks the backend nothing',
    (params) => {
      expect(articleIdOf(params)).toBeNull()
    },
  )
})
