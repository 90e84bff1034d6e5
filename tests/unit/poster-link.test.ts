import type { ArticleSummary } from '../../src/contract/models'
import { posterArticleOf } from '../../src/utils/posterArticle'
import { PAGES } from '../../src/contract/rules'
import { POSTER_TEXT_LIMITS, posterUrl } from '../../src/utils/posterLink'

const article: ArticleSummary = {
  id: 'keqiao-autumn-expo-2026',
  title: '柯桥秋季纺博会落幕：功能面料 & 绿色面料成洽谈热点？100%再生',
  summary: '为期三天的柯桥秋季纺博会日前落幕。'.repeat(10),
  cover: '/media/trade-fair.jpg?w=750&h=500',
  category: 'news',
  source: '梧桐台',
  publishedAt: '2026-10-22T10:10:00.000Z',
  readCount: 2485,
}

/** The query as WeChat (and Taro's h5 router) hand it to the page: split, not decoded. */
function queryOf(url: string): Record<string, string> {
  const [path, search] = url.split('?')
  expect(path).toBe(PAGES.poster)
  return Object.fromEntries(search.split('&').map((pair) => pair.split('=') as [string, string]))
}

describe('the poster page’s URL', () => {
  test('carries the article through the query intact: & ? % = and Chinese included', () => {
    const back = posterArticleOf(queryOf(posterUrl(article)))
    expect(back).toEqual({
      id: article.id,
      title: article.title,
      summary: article.summary.slice(0, POSTER_TEXT_LIMITS.summary),
      source: article.source,
      cover: article.cover,
    })
  })

  test('cuts long text to what the poster can show, never inside a character', () => {
    const emoji = { ...article, title: '🧵'.repeat(100) }
    const back = posterArticleOf(queryOf(posterUrl(emoji)))
    expect(Array.from(back?.title ?? '')).toHaveLength(POSTER_TEXT_LIMITS.title)
    expect(back?.title).toBe('🧵'.repeat(POSTER_TEXT_LIMITS.title))
  })

  test('an article without a cover has none on the poster', () => {
    const back = posterArticleOf(queryOf(posterUrl({ ...article, cover: undefined })))
    expect(back).not.toHaveProperty('cover')
  })

  test('a page opened without the article (a stale or hand-made link) gets null, not a blank poster', () => {
    expect(posterArticleOf({})).toBeNull()
    expect(posterArticleOf({ id: 'x' })).toBeNull()
    expect(posterArticleOf({ title: '%E6%A3%89' })).toBeNull()
  })

  test('a value that is not valid percent-encoding is kept as it came', () => {
    expect(posterArticleOf({ id: 'x', title: '增长5%' })?.title).toBe('增长5%')
  })
})
