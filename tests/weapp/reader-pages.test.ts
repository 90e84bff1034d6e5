import type { ArticleSummary } from '../../src/contract/models'
import { answerOf, openPage, samplePerTest, type CloudBackend, type PageHandle } from '../support/weapp'

const FAVORITES = 'packages/reader/favorites/index'
const HISTORY = 'packages/reader/history/index'
const ARTICLE = 'pages/article/index'
const READER = 'reader-openid-1'
const HISTORY_KEY = 'wtt:reading-history'

async function signedInWithFavorites(backend: CloudBackend, articles: ArticleSummary[]) {
  await backend.callAs(READER, 'auth.phoneLogin', { code: 'dev-13812345678' })
  for (const article of articles) await backend.callAs(READER, 'favorites.toggle', { articleId: article.id })
}

describe('我的收藏 (compiled weapp, subpackage)', () => {
  const sample = samplePerTest()

  test('lists the saves page by page: the next page loads at the bottom, without duplicates, then 没有更多了', async () => {
    const saved = sample.articles.slice(0, 12)
    await signedInWithFavorites(sample.backend, saved)
    const page = await openPage(FAVORITES, { openid: READER, backend: sample.backend })
    await page.waitForClass('article-card')
    await page.settle()

    const [first] = page.apiCalls('favorites.list')
    expect(first.data.payload).toEqual({})
    const firstPage = answerOf(first)
    expect(firstPage.nextCursor).not.toBeNull()
    expect(page.texts('article-card__title')).toEqual(firstPage.items.map((item) => item.title))
    expect(page.texts('list-footer')).toEqual(['上拉加载更多'])

    page.instance.onReachBottom?.()
    await page.waitFor(() => page.findAll('article-card').length === saved.length, { message: 'no second page' })
    await page.settle()
    const calls = page.apiCalls('favorites.list')
    expect(calls).toHaveLength(2)
    expect(calls[1].data.payload).toEqual({ cursor: firstPage.nextCursor })
    const titles = page.texts('article-card__title')
    expect(new Set(titles).size).toBe(saved.length)
    expect([...titles].sort()).toEqual(saved.map((article) => article.title).sort())
    expect(page.texts('list-footer')).toEqual(['没有更多了'])
  })

  test('pull-to-refresh asks for the first page again and stops the spinner', async () => {
    await signedInWithFavorites(sample.backend, sample.articles.slice(0, 2))
    const page = await openPage(FAVORITES, { openid: READER, backend: sample.backend })
    await page.waitForClass('article-card')
    await signedInWithFavorites(sample.backend, sample.articles.slice(2, 3))

    page.instance.onPullDownRefresh?.()
    await page.waitFor(() => page.findAll('article-card').length === 3, { message: 'the new save never showed' })
    await page.settle()
    expect(page.apiCalls('favorites.list').map((call) => call.data.payload)).toEqual([{}, {}])
    expect(page.wx.of('stopPullDownRefresh')).toHaveLength(1)
  })

  test('empty: 还没有收藏的文章, with one action back to the articles', async () => {
    await signedInWithFavorites(sample.backend, [])
    const page = await openPage(FAVORITES, { openid: READER, backend: sample.backend })
    await page.waitForText('还没有收藏的文章')
    await page.tap({ text: '去看资讯' })
    expect(page.wx.navigations).toEqual([
      expect.objectContaining({ api: 'switchTab', url: '/pages/index/index', ok: true }),
    ])
  })

  test('tapping a save opens its article', async () => {
    await signedInWithFavorites(sample.backend, sample.articles.slice(0, 2))
    const page = await openPage(FAVORITES, { openid: READER, backend: sample.backend })
    await page.waitForClass('article-card')
    const { items } = answerOf(page.apiCalls('favorites.list')[0])
    await page.tap(page.findAll('article-card')[1])
    await page.waitFor(() => page.wx.navigations.length > 0, { message: 'no navigation' })
    expect(page.wx.navigations).toEqual([
      expect.objectContaining({ api: 'navigateTo', url: `/pages/article/index?id=${items[1].id}`, ok: true }),
    ])
  })

  test('a reader the backend does not know as signed in is offered the way to log in', async () => {
    const page = await openPage(FAVORITES, { openid: READER, backend: sample.backend })
    await page.waitForText('登录后查看收藏')
    await page.tap({ text: '去登录' })
    expect(page.wx.navigations).toEqual([
      expect.objectContaining({ api: 'switchTab', url: '/pages/me/index', ok: true }),
    ])
  })
})

describe('阅读历史 (compiled weapp, subpackage)', () => {
  const sample = samplePerTest()

  async function read(article: ArticleSummary, first = false) {
    const page = await openPage(ARTICLE, {
      backend: sample.backend,
      query: { id: article.id },
      storage: first ? {} : 'keep',
    })
    await page.waitForClass('article-header__title')
  }
  const openHistory = async (storage?: Record<string, unknown>) => {
    const page = await openPage(HISTORY, { backend: sample.backend, storage: storage ?? 'keep' })
    await page.settle()
    return page
  }
  const shownTitles = (page: PageHandle) => page.texts('history-item__title')

  test('each article shown is recorded on the device, newest first, once: reading again moves it to the top', async () => {
    const [a, b, c] = sample.articles
    await read(a, true)
    await read(b)
    await read(c)
    await read(a)

    const page = await openHistory()
    expect(shownTitles(page)).toEqual([a.title, c.title, b.title])
    expect(page.texts('history-item__source')[0]).toBe(a.source)
    expect(page.texts('history-item__time')[0]).toMatch(/^今天 \d\d:\d\d$/)
    expect(page.apiCalls()).toHaveLength(0)

    await page.tap(page.findAll('history-item')[1])
    expect(page.wx.navigations).toEqual([
      expect.objectContaining({ api: 'navigateTo', url: `/pages/article/index?id=${c.id}`, ok: true }),
    ])
  })

  test('keeps the last 100', async () => {
    const entries = Array.from({ length: 100 }, (_, n) => ({
      id: `old-${n}`,
      title: `旧文章 ${n}`,
      source: '梧桐台',
      publishedAt: '2026-01-01T00:00:00.000Z',
      readAt: new Date(Date.UTC(2026, 0, 1, 0, 100 - n)).toISOString(),
    }))
    await openHistory({ [HISTORY_KEY]: { version: 1, entries } })
    await read(sample.articles[0])
    const page = await openHistory()
    const titles = shownTitles(page)
    expect(titles).toHaveLength(100)
    expect(titles[0]).toBe(sample.articles[0].title)
    expect(titles[99]).toBe('旧文章 98')
  })

  test.each([
    ['text', 'not a history'],
    ['an old format (a bare list)', [{ id: 'a', title: 't' }]],
    ['another version', { version: 2, entries: [] }],
    ['broken entries', { version: 1, entries: [null, 42, { id: 'x' }] }],
  ])(
    'survives %s in storage: shows the empty state, and the next read starts a valid history',
    async (_label, stored) => {
      const page = await openHistory({ [HISTORY_KEY]: stored })
      expect(page.hasText('还没有阅读记录')).toBe(true)
      expect(page.findByText('去看资讯')).toBeDefined()

      await read(sample.articles[0])
      expect(shownTitles(await openHistory())).toEqual([sample.articles[0].title])
    },
  )

  test('清空 asks first; confirmed, it empties the history', async () => {
    await read(sample.articles[0], true)
    await read(sample.articles[1])
    let page = await openHistory()
    page.answerModals(false)
    await page.tap({ text: '清空' })
    await page.settle()
    expect(shownTitles(page)).toHaveLength(2)

    page.answerModals(true)
    await page.tap({ text: '清空' })
    await page.waitForText('还没有阅读记录')
    expect(page.wx.of('showModal')).toHaveLength(2)

    page = await openHistory()
    expect(page.hasText('还没有阅读记录')).toBe(true)
  })
})
