import { answerOf, openPage, type PageHandle } from '../support/weapp'

const LIST = 'pages/index/index'

/** The cards' titles once the first page has arrived. */
async function cardTitles(page: PageHandle): Promise<string[]> {
  await page.waitForClass('article-card')
  return page.texts('article-card__title')
}

describe('资讯 list (compiled weapp)', () => {
  test('renders the cards from the answer of one articles.list cloud call, newest first, under 全部 and the categories', async () => {
    const page = await openPage(LIST)
    const titles = await cardTitles(page)
    await page.settle()

    // One round trip on open, asking for the tabs too.
    expect(page.apiCalls()).toHaveLength(1)
    const [call] = page.apiCalls('articles.list')
    expect(call.data).toEqual({ action: 'articles.list', payload: expect.objectContaining({ withCategories: true }) })
    expect(call.data.payload).not.toHaveProperty('cursor')
    expect(call.data.payload).not.toHaveProperty('category')

    const answer = answerOf(call)
    expect(titles.length).toBeGreaterThan(1)
    expect(titles).toEqual(answer.items.map((item) => item.title))

    // Newest first, checked against the stored articles rather than the answer's own order.
    const stored = await page.backend.articles()
    const newestFirst = [...stored].sort(
      (a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a.id < b.id ? 1 : -1),
    )
    expect(titles).toEqual(newestFirst.slice(0, titles.length).map((item) => item.title))

    const categories = await page.backend.categories()
    expect(answer.categories).toEqual(categories)
    expect(page.texts('category-tabs__tab')).toEqual(['全部', ...categories.map((category) => category.name)])
    expect(page.texts('category-tabs__tab--active')).toEqual(['全部'])
  })

  test('tapping a card opens its article with navigateTo', async () => {
    const page = await openPage(LIST)
    await cardTitles(page)
    const { items } = answerOf(page.apiCalls('articles.list')[0])

    // The second card, so that "always the first article" would fail.
    const card = page.findAll('article-card')[1]
    expect(page.texts('article-card__title')[1]).toBe(items[1].title)
    await page.tap(card)

    await page.waitFor(() => page.wx.navigations.length > 0, { message: 'no navigation' })
    expect(page.wx.navigations).toEqual([
      expect.objectContaining({ api: 'navigateTo', url: `/pages/article/index?id=${items[1].id}`, ok: true }),
    ])
  })

  test('a failed cloud call shows 加载失败 with 重试, and 重试 brings the cards once the backend is back', async () => {
    const page = await openPage(LIST, { offline: true })
    await page.waitForText('加载失败')
    expect(page.findAll('article-card')).toHaveLength(0)
    const retry = page.findByText('重试')
    expect(retry?.tagName.toLowerCase()).toBe('wx-button')
    expect(page.apiCalls('articles.list')[0].error).toBeDefined()

    page.backend.goOnline()
    await page.tap({ text: '重试' })
    const titles = await cardTitles(page)

    const calls = page.apiCalls('articles.list')
    expect(calls).toHaveLength(2)
    expect(titles).toEqual(answerOf(calls[1]).items.map((item) => item.title))
    expect(page.hasText('加载失败')).toBe(false)
    // The tabs, which the failed call never delivered, arrive with the retry.
    expect(page.texts('category-tabs__tab')[0]).toBe('全部')
  })

  test('offers 转发 but not 分享到朋友圈: a list shared to Moments would open in single-page mode, a dead end', async () => {
    const page = await openPage(LIST)
    expect(page.shareMenu).toEqual({ appMessage: true, timeline: false })
    expect(page.shareAppMessage()).toEqual(expect.objectContaining({ path: '/pages/index/index' }))
  })

  test('a card’s 转发 shares that article: its title, its cover cropped to 5:4, a path that opens it', async () => {
    const page = await openPage(LIST)
    await cardTitles(page)
    const items = answerOf(page.apiCalls('articles.list')[0]).items
    const index = items.findIndex((item) => item.cover)
    const article = items[index]
    if (!article?.cover) throw new Error('no card with a cover on the first page')

    const share = page.findAll('article-card__share')[index]
    expect(page.attribute(share, 'open-type')).toBe('share')
    await page.tap(share)
    expect(page.shareAppMessage({ from: 'button' })).toEqual({
      title: article.title,
      path: `/pages/article/index?id=${article.id}`,
      imageUrl: article.cover.replace('/media/', '/media/c/500x400/'),
    })
    // Tapping 转发 shares; it does not open the article.
    expect(page.wx.navigations).toEqual([])
  })

  test('thumbnails are asked for at the size shown, lazily', async () => {
    const page = await openPage(LIST)
    await cardTitles(page)
    const thumbs = page.findAll('article-card__thumb')
    expect(thumbs.length).toBeGreaterThan(0)
    for (const thumb of thumbs) {
      expect(page.attribute(thumb, 'src')).toMatch(/^\/media\/w\/360\/[\w.-]+$/)
      expect(page.attribute(thumb, 'lazy-load')).toBe(true)
    }
  })
})
