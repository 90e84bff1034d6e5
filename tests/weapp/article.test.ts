import { CONTACT_EMAIL } from '../../src/constants/brand'
import type { ArticleSummary } from '../../src/contract/models'
import { answerOf, createCloudBackend, openPage, type CloudBackend, type PageHandle } from '../support/weapp'

const ARTICLE = 'pages/article/index'

/** The calendar day in China (UTC+8, no daylight saving) of an instant. */
const chinaDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10)

/** The article page's 发布时间 as a reader in China reads it: 2026年3月18日 09:30. */
function chinaDateTime(iso: string) {
  const [date, time] = new Date(Date.parse(iso) + 8 * 3600_000).toISOString().split('T')
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day}日 ${time.slice(0, 5)}`
}

/**
 * An article whose day in China differs from its day in UTC, so that a date
 * formatted in the machine's zone (UTC here) would show the wrong day; and a
 * count below 10 000, which the app shows as a plain number.
 */
function pickArticle(articles: ArticleSummary[]): ArticleSummary {
  const plain = articles.filter((article) => article.readCount < 9_999)
  const article = plain.find((a) => chinaDate(a.publishedAt) !== a.publishedAt.slice(0, 10)) ?? plain[0]
  if (!article) throw new Error('the test data has no article to open')
  return article
}

async function openArticle(id: string, options: Parameters<typeof openPage>[1] = {}): Promise<PageHandle> {
  const page = await openPage(ARTICLE, { scene: 1007, stackDepth: 1, ...options, query: { id } })
  await page.waitFor(() => page.find('article-header__title') ?? page.findByText('文章不存在'), {
    message: 'the article never settled',
  })
  return page
}

describe('article detail (compiled weapp)', () => {
  let backend: CloudBackend
  let article: ArticleSummary
  beforeEach(async () => {
    backend = await createCloudBackend()
    article = pickArticle(await backend.articles())
  })
  afterEach(() => backend.close())

  test('shows title, date in China, the read count with this read, 文章来源 and the 免责声明, from one articles.get', async () => {
    const page = await openArticle(article.id, { backend })
    await page.settle()

    expect(page.texts('article-header__title')).toEqual([article.title])
    expect(page.texts('article-header__date')).toEqual([chinaDateTime(article.publishedAt)])
    expect(page.texts('article-header__reads')).toEqual([`阅读 ${article.readCount + 1}`])
    expect(page.text()).toContain(`文章来源：${article.source}`)
    const [disclaimer] = page.texts('article-footer__disclaimer')
    expect(disclaimer).toContain('免责声明')
    expect(disclaimer).toContain(CONTACT_EMAIL)

    // One round trip: the read is counted by the same call that brings the article.
    expect(page.apiCalls()).toHaveLength(1)
    const [call] = page.apiCalls('articles.get')
    expect(call.data).toEqual({ action: 'articles.get', payload: { id: article.id, scene: 1007 } })
    expect(answerOf(call).article.readCount).toBe(article.readCount + 1)
    const stored = (await backend.articles()).find((a) => a.id === article.id)
    expect(stored?.readCount).toBe(article.readCount + 1)
  })

  test('can be shared to a chat and to Moments, each pointing back at this article', async () => {
    const page = await openArticle(article.id, { backend })

    // Taro keeps enableShareAppMessage / enableShareTimeline out of the page
    // JSON (WeChat does not read them) and instead registers the two
    // handlers, whose presence is what makes WeChat offer the menu items.
    expect(page.shareMenu).toEqual({ appMessage: true, timeline: true })

    expect(page.shareAppMessage()).toEqual(
      expect.objectContaining({ title: article.title, path: `/pages/article/index?id=${article.id}` }),
    )
    const timeline = page.shareTimeline() as { title?: string; query?: string; path?: string }
    expect(timeline.title).toBe(article.title)
    expect(timeline).not.toHaveProperty('path')
    expect(new URLSearchParams(timeline.query).get('id')).toBe(article.id)
  })

  test('opened alone (from a shared card) offers 首页 in its reading bar, which switches to the 资讯 tab', async () => {
    const page = await openArticle(article.id, { backend, stackDepth: 1 })
    expect(page.texts('reading-bar__home')).toEqual(['首页'])

    await page.tap('reading-bar__home')
    await page.waitFor(() => page.wx.navigations.length > 0, { message: 'no navigation' })
    expect(page.wx.navigations).toEqual([
      expect.objectContaining({ api: 'switchTab', url: '/pages/index/index', ok: true }),
    ])
  })

  test('opened from the list (a page below it) has no 首页: WeChat’s back goes there', async () => {
    const page = await openArticle(article.id, { backend, stackDepth: 2, scene: 1001 })
    await page.settle()
    expect(page.texts('article-header__title')).toEqual([article.title])
    expect(page.find('reading-bar__home')).toBeUndefined()
    expect(page.texts('reading-bar__item')).toEqual(['收藏', '转发', '海报', 'Aa字号', '留言'])
  })

  test('an unknown id shows 文章不存在', async () => {
    const page = await openArticle('no-such-article', { backend })
    expect(page.hasText('文章不存在')).toBe(true)
    expect(page.find('article-header__title')).toBeUndefined()
    const calls = page.apiCalls('articles.get')
    expect(calls).toHaveLength(1)
    expect(calls[0].result).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) })
  })
})
