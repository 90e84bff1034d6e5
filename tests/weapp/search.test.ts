import { makeArticle } from '../support/backend'
import { answerOf, openPage, type PageHandle } from '../support/weapp'

const SEARCH = 'packages/search/index'
const HISTORY_KEY = 'wtt:search-history'

/** Types into the search box and presses the keyboard's 搜索 key, as a reader does. */
async function typeAndConfirm(page: PageHandle, value: string) {
  await page.trigger('search-bar__input', 'input', { value, cursor: value.length, keyCode: 0 })
  await page.trigger('search-bar__input', 'confirm', { value })
}

describe('搜索 (compiled weapp)', () => {
  test('a query confirmed with the keyboard calls articles.search once and shows its cards, the query highlighted', async () => {
    const page = await openPage(SEARCH, { stackDepth: 2 })
    await typeAndConfirm(page, '  棉花 ')
    await page.waitForClass('article-card')
    await page.settle()

    const calls = page.apiCalls('articles.search')
    expect(page.apiCalls()).toHaveLength(1)
    expect(calls[0].data.payload).toEqual(expect.objectContaining({ q: '棉花' }))
    const { items } = answerOf(calls[0])
    expect(items.length).toBeGreaterThan(0)
    expect(page.texts('article-card__title')).toEqual(items.map((item) => item.title))

    // Every highlighted piece is the query, and a title that holds it shows it highlighted.
    expect(page.texts('search-hit').length).toBeGreaterThan(0)
    expect(new Set(page.texts('search-hit'))).toEqual(new Set(['棉花']))
    const titled = page.findAll('article-card__title').find((title) => title.textContent?.includes('棉花'))
    expect(titled).toBeDefined()
    expect(page.findAll('search-hit').some((hit) => titled?.contains(hit))).toBe(true)
  })

  test('an empty query calls nothing and says why, with the keyboard or with 搜索', async () => {
    const page = await openPage(SEARCH, { stackDepth: 2 })
    await typeAndConfirm(page, '   ')
    await page.tap({ text: '搜索' })
    await page.settle()

    expect(page.apiCalls()).toHaveLength(0)
    expect(page.wx.of('showToast').map((call) => call.options.title)).toEqual([
      '请输入要搜索的内容',
      '请输入要搜索的内容',
    ])
    expect(page.findAll('article-card')).toHaveLength(0)
  })

  test('recent searches: newest first, kept across opens, a tap searches again, 清空 after a confirm', async () => {
    let page = await openPage(SEARCH, { stackDepth: 2, storage: { [HISTORY_KEY]: ['羊绒', '面料'] } })
    expect(page.texts('recent-searches__item')).toEqual(['羊绒', '面料'])

    await typeAndConfirm(page, '棉花')
    await page.waitForClass('article-card')
    // Emptying the box goes back to 最近搜索, the new query on top.
    await page.tap('search-bar__clear')
    await page.waitForClass('recent-searches__item')
    expect(page.texts('recent-searches__item')).toEqual(['棉花', '羊绒', '面料'])

    page = await openPage(SEARCH, { stackDepth: 2, storage: 'keep' })
    expect(page.texts('recent-searches__item')).toEqual(['棉花', '羊绒', '面料'])
    await page.tap({ text: '面料' })
    await page.settle()
    expect(page.apiCalls('articles.search').map((call) => call.data.payload.q)).toEqual(['面料'])
    await page.tap('search-bar__clear')
    await page.waitForClass('recent-searches__item')
    expect(page.texts('recent-searches__item')).toEqual(['面料', '棉花', '羊绒'])

    page.answerModals(false)
    await page.tap({ text: '清空' })
    await page.settle()
    expect(page.texts('recent-searches__item')).toEqual(['面料', '棉花', '羊绒'])

    page.answerModals(true)
    await page.tap({ text: '清空' })
    await page.waitFor(() => page.findAll('recent-searches__item').length === 0, { message: '清空 left the list' })
    expect(page.wx.of('showModal')).toHaveLength(2)

    page = await openPage(SEARCH, { stackDepth: 2, storage: 'keep' })
    expect(page.findAll('recent-searches__item')).toHaveLength(0)
    expect(page.find('recent-searches__hint')).toBeDefined()
  })

  test.each([
    ['not a list', { queries: ['棉花'] }],
    ['a list of other things', [42, null, '', '  ', 'x'.repeat(51), '羊绒', '羊绒']],
  ])('survives %s in storage: only valid queries show', async (_label, stored) => {
    const page = await openPage(SEARCH, { stackDepth: 2, storage: { [HISTORY_KEY]: stored } })
    await page.settle()
    expect(page.texts('recent-searches__item')).toEqual(Array.isArray(stored) ? ['羊绒'] : [])
  })

  test('a backend failure shows 搜索失败 with 重试, and 重试 brings the results once it is back', async () => {
    const page = await openPage(SEARCH, { stackDepth: 2, offline: true })
    await typeAndConfirm(page, '棉花')
    await page.waitForText('搜索失败')
    expect(page.findByText('重试')?.tagName.toLowerCase()).toBe('wx-button')
    expect(page.findAll('article-card')).toHaveLength(0)

    page.backend.goOnline()
    await page.tap({ text: '重试' })
    await page.waitForClass('article-card')
    const calls = page.apiCalls('articles.search')
    expect(calls.map((call) => call.data.payload.q)).toEqual(['棉花', '棉花'])
    expect(page.texts('article-card__title')).toEqual(answerOf(calls[1]).items.map((item) => item.title))
  })

  test('no match: 没有找到相关文章 with a hint', async () => {
    const page = await openPage(SEARCH, { stackDepth: 2 })
    await typeAndConfirm(page, '量子纠缠')
    await page.waitForText('没有找到相关文章')
    expect(page.hasText('换个关键词试试')).toBe(true)
    expect(answerOf(page.apiCalls('articles.search')[0]).items).toEqual([])
  })

  test('reaching the bottom loads the next page by cursor, with the list foot', async () => {
    const articles = Array.from({ length: 14 }, (_, i) => makeArticle(i + 1))
    const page = await openPage(SEARCH, { stackDepth: 2, backendOptions: { articles } })
    await typeAndConfirm(page, '长绒棉')
    await page.waitForClass('article-card')
    await page.settle()
    const [first] = page.apiCalls('articles.search')
    expect(page.findAll('article-card')).toHaveLength(10)
    expect(page.texts('list-footer')).toEqual(['上拉加载更多'])

    page.instance.onReachBottom?.()
    await page.waitFor(() => page.findAll('article-card').length === 14, { message: 'no second page' })
    await page.settle()
    const calls = page.apiCalls('articles.search')
    expect(calls).toHaveLength(2)
    expect(calls[1].data.payload).toEqual(expect.objectContaining({ q: '长绒棉', cursor: answerOf(first).nextCursor }))
    expect(page.texts('list-footer')).toEqual(['没有更多了'])
  })

  test('取消 goes back; opened with nothing under it, to the 资讯 tab', async () => {
    let page = await openPage(SEARCH, { stackDepth: 2 })
    await page.tap({ text: '取消' })
    expect(page.wx.navigations).toEqual([expect.objectContaining({ api: 'navigateBack', ok: true })])

    page = await openPage(SEARCH, { stackDepth: 1 })
    await page.tap({ text: '取消' })
    expect(page.wx.navigations).toEqual([
      expect.objectContaining({ api: 'switchTab', url: '/pages/index/index', ok: true }),
    ])
  })

  test('a tapped result opens its article', async () => {
    const page = await openPage(SEARCH, { stackDepth: 2 })
    await typeAndConfirm(page, '棉花')
    await page.waitForClass('article-card')
    const { items } = answerOf(page.apiCalls('articles.search')[0])
    await page.tap(page.findAll('article-card')[items.length - 1])
    expect(page.wx.navigations).toEqual([
      expect.objectContaining({
        api: 'navigateTo',
        url: `/pages/article/index?id=${items[items.length - 1].id}`,
        ok: true,
      }),
    ])
  })

  test('the 资讯 list has a search box above the tabs that opens the search page', async () => {
    const page = await openPage('pages/index/index')
    await page.waitForClass('category-tabs__tab')
    expect(page.text().startsWith('搜索文章')).toBe(true)
    await page.tap('search-entry')
    expect(page.wx.navigations).toEqual([
      expect.objectContaining({ api: 'navigateTo', url: '/packages/search/index', ok: true }),
    ])
  })
})
