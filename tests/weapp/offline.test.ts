import type { ArticleSummary } from '../../src/contract/models'
import { makeChannel } from '../support/channels'
import { answerOf, createCloudBackend, openPage, type CloudBackend, type PageHandle } from '../support/weapp'

// Its own file: the device cache's index is read once per launch, and the app launches once per file.
const LIST = 'pages/index/index'
const ARTICLE = 'pages/article/index'

let backend: CloudBackend
beforeEach(async () => {
  backend = await createCloudBackend()
})
afterEach(() => backend.close())

/** The backend with `action` held unanswered until `release()`: what a stalled expo network looks like. */
function holding(action: string) {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  const stalled: CloudBackend = Object.create(backend, {
    dispatch: {
      value: async (body: { action?: string }, openid?: string | null) => {
        if (body.action === action) await held
        return backend.dispatch(body, openid)
      },
    },
  })
  return { stalled, release }
}

const cardTitles = async (page: PageHandle) => {
  await page.waitForClass('article-card')
  return page.texts('article-card__title')
}

describe('cache-first screens (compiled weapp)', () => {
  test('a corrupt or old-format cache is ignored: the list loads from the network and the cache heals', async () => {
    const page = await openPage(LIST, {
      backend,
      storage: {
        'wtt:cache': '{"v":1,"e":[["feed"',
        'wtt:cache:feed': { v: 0, savedAt: 1, value: { articles: ['old format'] } },
        'wtt:cache:article:x': 'not json {',
      },
    })
    const titles = await cardTitles(page)
    await page.settle()
    expect(titles).toEqual(answerOf(page.apiCalls('articles.list')[0]).items.map((item) => item.title))
    expect(page.hasText('离线内容')).toBe(false)

    // The next launch paints what this one saved.
    backend.goOffline()
    const again = await openPage(LIST, { backend, storage: 'keep' })
    expect(await cardTitles(again)).toEqual(titles)
  })

  test('a second open paints the list from the device before any answer, then takes the fresh one quietly', async () => {
    const first = await openPage(LIST, { backend })
    const titles = await cardTitles(first)
    await first.settle()

    const { stalled, release } = holding('articles.list')
    const second = await openPage(LIST, { backend: stalled, storage: 'keep' })
    expect(await cardTitles(second)).toEqual(titles)
    expect(second.texts('category-tabs__tab')[0]).toBe('全部')
    expect(second.apiCalls('articles.list')).toEqual([expect.objectContaining({ settled: false })])
    expect(second.find('feed-skeleton')).toBeUndefined()

    release()
    await second.settle()
    expect(second.apiCalls()).toHaveLength(1)
    expect(second.texts('article-card__title')).toEqual(titles)
    expect(second.hasText('离线内容')).toBe(false)
    expect(second.wx.of('showToast')).toEqual([])
  })

  test('with the network down, the kept list stays with a quiet 离线内容 notice, and 重试 refreshes it', async () => {
    const first = await openPage(LIST, { backend })
    const titles = await cardTitles(first)
    await first.settle()

    backend.goOffline()
    const page = await openPage(LIST, { backend, storage: 'keep' })
    expect(await cardTitles(page)).toEqual(titles)
    await page.settle()
    expect(page.hasText('离线内容')).toBe(true)
    expect(page.hasText('加载失败')).toBe(false)

    backend.goOnline()
    await page.tap('offline-notice')
    await page.settle()
    expect(page.hasText('离线内容')).toBe(false)
    expect(page.apiCalls('articles.list')).toHaveLength(2)
  })

  test('an article read before opens with the network down, marked 离线内容', async () => {
    const [article] = await backend.articles()
    const first = await openPage(ARTICLE, { backend, query: { id: article.id } })
    await first.waitForClass('article-header__title')
    await first.settle()

    backend.goOffline()
    const page = await openPage(ARTICLE, { backend, storage: 'keep', query: { id: article.id } })
    await page.waitForClass('article-header__title')
    await page.settle()
    expect(page.texts('article-header__title')).toEqual([article.title])
    expect(page.findAll('article-body__paragraph').length).toBeGreaterThan(0)
    // The failed refresh re-renders the whole long article around the notice: wait for that render.
    await page.waitForText('离线内容')
    expect(page.hasText('加载失败')).toBe(false)

    // One never read is not there to show: a clear error with 重试.
    const unread = (await backend.articles()).find((item: ArticleSummary) => item.id !== article.id)
    const other = await openPage(ARTICLE, { backend, storage: 'keep', query: { id: unread?.id ?? '' } })
    await other.waitForText('加载失败')
    expect(other.findByText('重试')).toBeDefined()
  })

  test('an event code scanned again opens its article from the device while the network stalls', async () => {
    const [article] = await backend.articles()
    const channel = await makeChannel(backend, { name: '展位 A12', articleId: article.id })
    const first = await openPage(ARTICLE, { backend, query: { scene: channel.code }, scene: 1047 })
    await first.waitForClass('article-header__title')
    await first.settle()

    const { stalled, release } = holding('articles.get')
    const page = await openPage(ARTICLE, {
      backend: stalled,
      storage: 'keep',
      query: { scene: channel.code },
      scene: 1047,
    })
    await page.waitForClass('article-header__title')
    expect(page.texts('article-header__title')).toEqual([article.title])
    expect(page.apiCalls('articles.get')).toEqual([expect.objectContaining({ settled: false })])
    release()
    await page.settle()
    expect(page.apiCalls()).toHaveLength(1)
  })

  test('one call per screen: changing the font size or re-rendering asks nothing again', async () => {
    const [article] = await backend.articles()
    const page = await openPage(ARTICLE, { backend, query: { id: article.id } })
    await page.waitForClass('article-header__title')
    await page.settle()
    await page.tap('reading-bar__font')
    await page.waitForText('正文字号')
    await page.tap({ text: '特大' })
    await page.settle()
    expect(page.find('article-body--xlarge')).toBeDefined()
    expect(page.apiCalls().map((call) => call.data.action)).toEqual(['articles.get'])
  })
})
