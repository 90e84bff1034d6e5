/**
 * Moving around the compiled weapp: a double tap opens one page (while a
 * page is opening, another tap opens nothing), from a card of the list, a
 * related article, a search result or a history item; and the list's tabs
 * each keep their own list and scroll position.
 */
import { answerOf, CARD_HEIGHT, openPage, type PageHandle, samplePerTest } from '../support/weapp'

const sample = samplePerTest()

/** Two taps in a row, before WeChat has answered the first navigation, as a hurried finger does. */
const doubleTap = (page: PageHandle, target: Element) => Promise.all([page.tap(target), page.tap(target)])

async function opensOnce(page: PageHandle, target: Element, id: string) {
  await doubleTap(page, target)
  await page.settle()
  expect(page.wx.navigations).toEqual([
    expect.objectContaining({ api: 'navigateTo', url: `/pages/article/index?id=${id}`, ok: true }),
  ])
  // The guard lets go once the page has opened: the next tap opens again.
  await page.tap(target)
  await page.settle()
  expect(page.wx.navigations).toHaveLength(2)
}

describe('a double tap opens one page (compiled weapp)', () => {
  test('a card of the list', async () => {
    const page = await openPage('pages/index/index', { backend: sample.backend })
    await page.waitForClass('article-card')
    await page.settle()
    const { items } = answerOf(page.apiCalls('articles.list')[0])
    await opensOnce(page, page.findAll('article-card')[1], items[1].id)
  })

  test('a related article', async () => {
    const page = await openPage('pages/article/index', {
      backend: sample.backend,
      query: { id: sample.article.id },
      stackDepth: 2,
    })
    await page.waitForClass('article-page__related')
    await page.settle()
    const { related } = answerOf(page.apiCalls('articles.get')[0])
    await opensOnce(page, page.findAll('article-card')[0], related[0].id)
  })

  test('a search result', async () => {
    const page = await openPage('packages/search/index', { backend: sample.backend, stackDepth: 2 })
    await page.trigger('search-bar__input', 'confirm', { value: '棉花' })
    await page.waitForClass('article-card')
    await page.settle()
    const { items } = answerOf(page.apiCalls('articles.search')[0])
    await opensOnce(page, page.findAll('article-card')[0], items[0].id)
  })

  test('an item of 阅读历史', async () => {
    const [first, second] = sample.articles
    const entry = (article: typeof first, readAt: string) => ({
      id: article.id,
      title: article.title,
      source: article.source,
      publishedAt: article.publishedAt,
      readAt,
    })
    const page = await openPage('packages/reader/history/index', {
      backend: sample.backend,
      stackDepth: 2,
      storage: {
        'wtt:reading-history': {
          version: 1,
          entries: [entry(second, '2026-11-30T02:00:00.000Z'), entry(first, '2026-11-29T02:00:00.000Z')],
        },
      },
    })
    await page.waitForClass('history-item')
    await opensOnce(page, page.findAll('history-item')[1], first.id)
  })
})

describe('the list’s tabs (compiled weapp)', () => {
  /** The cards shown, drawn or stood for by the list's spacers. */
  const titles = (page: PageHandle) => page.texts('article-card__title')

  test('each tab keeps its own list, every page loaded, and its scroll position: coming back asks nothing', async () => {
    const page = await openPage('pages/index/index', { backend: sample.backend })
    await page.waitForClass('article-card')
    await page.settle()
    // A second page of 全部, and the list scrolled down.
    page.instance.onReachBottom?.()
    await page.waitFor(() => titles(page).length > 10, { message: 'no second page' })
    await page.settle()
    const all = titles(page)
    expect(page.apiCalls('articles.list')).toHaveLength(2)
    await page.scrollTo(3 * CARD_HEIGHT)

    const [, market] = page.texts('category-tabs__tab')
    await page.tap({ text: market })
    await page.waitFor(() => page.apiCalls('articles.list')[2]?.settled, { message: 'the tab was never asked for' })
    const marketCall = page.apiCalls('articles.list')[2]
    const marketTitles = answerOf(marketCall).items.map((item) => item.title)
    await page.waitFor(() => titles(page).join() === marketTitles.join(), { message: 'the tab’s list never showed' })
    await page.settle()
    expect(marketCall.data.payload).toEqual(expect.objectContaining({ category: expect.any(String) }))
    // A tab never opened starts at its top.
    expect(page.wx.of('pageScrollTo').map((call) => call.options.scrollTop)).toEqual([0])

    await page.tap({ text: '全部' })
    await page.waitFor(() => titles(page).length === all.length, { message: '全部 did not come back whole' })
    await page.settle()
    expect(titles(page)).toEqual(all)
    expect(page.apiCalls('articles.list')).toHaveLength(3)
    expect(page.wx.of('pageScrollTo').map((call) => call.options.scrollTop)).toEqual([0, 3 * CARD_HEIGHT])

    // And the other tab as it was left, asking nothing either.
    await page.tap({ text: market })
    await page.waitFor(() => titles(page).join() === marketTitles.join(), { message: 'the tab did not come back' })
    await page.settle()
    expect(page.apiCalls('articles.list')).toHaveLength(3)
  })

  test('a tab that cannot reach the network shows the kept 全部 articles of its category, marked 离线内容', async () => {
    const first = await openPage('pages/index/index', { backend: sample.backend })
    await first.waitForClass('article-card')
    await first.settle()
    const kept = answerOf(first.apiCalls('articles.list')[0])

    sample.backend.goOffline()
    const page = await openPage('pages/index/index', { backend: sample.backend, storage: 'keep' })
    await page.waitForText('离线内容')
    await page.settle()
    const category = kept.categories?.find((each) => kept.items.some((item) => item.category === each.id))
    if (!category) throw new Error('no category among the kept articles')
    const keptOfCategory = kept.items.filter((item) => item.category === category.id).map((item) => item.title)
    await page.tap({ text: category.name })
    await page.waitFor(() => page.apiCalls('articles.list').length === 2 && page.apiCalls('articles.list')[1].settled, {
      message: 'the tab was never asked for',
    })
    await page.waitFor(() => titles(page).join() === keptOfCategory.join(), {
      message: 'the kept articles never showed',
    })
    await page.settle()
    expect(page.hasText('加载失败')).toBe(false)
    expect(page.hasText('离线内容')).toBe(true)
  })
})
