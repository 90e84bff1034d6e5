import { loadSeed } from '../../server/dev/seed'
import { phoneBrowser } from '../support/e2e'

const { articles } = loadSeed()
const newest = [...articles].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))[0]

describe('reading in the browser (h5 build on the local host)', () => {
  const browser = phoneBrowser()

  const articleUrl = (id: string) => `${browser.host.url}/#/pages/article/index?id=${encodeURIComponent(id)}`
  /** The text of the first match, once it is on screen. */
  const textOf = async (selector: string) => {
    const element = browser.page.locator(selector).first()
    await element.waitFor()
    return (await element.innerText()).trim()
  }
  const readCountOnScreen = async () => Number((await textOf('.article-header__reads')).replace(/\D/g, ''))

  it('goes from the list to an article and back', async () => {
    await browser.page.goto(browser.host.url)
    expect(await textOf('.article-card__title')).toBe(newest.title)
    expect(await textOf('.category-tabs__tab')).toBe('全部')

    await browser.page.locator('.article-card').first().click()
    expect(await textOf('.article-header__title')).toBe(newest.title)
    // 发布时间 in full, China time: 2026年11月25日 10:00.
    const [day, time] = new Date(Date.parse(newest.publishedAt) + 8 * 3600_000).toISOString().split('T')
    const [year, month, date] = day.split('-').map(Number)
    expect(await textOf('.article-header__date')).toBe(`${year}年${month}月${date}日 ${time.slice(0, 5)}`)
    expect(await textOf('.article-header__reads')).toBe(`阅读 ${newest.readCount + 1}`)
    const footer = await textOf('.article-footer')
    expect(footer).toContain(`文章来源：${newest.source}`)
    expect(footer).toContain('免责声明')
    await browser.page.locator('.article-body__image').first().waitFor()

    await browser.page.goBack()
    expect(await textOf('.article-card__title')).toBe(newest.title)
  })

  it('counts a reader’s reloads the same day as one read; another reader’s open adds one', async () => {
    const id = articles[3].id
    await browser.page.goto(articleUrl(id))
    const before = await readCountOnScreen()
    const reloaded = browser.page.waitForResponse(
      (response) => response.url().endsWith('/api') && response.request().postData()?.includes('articles.get') === true,
    )
    await browser.page.reload()
    expect(
      ((await (await reloaded).json()) as { data: { article: { readCount: number } } }).data.article.readCount,
    ).toBe(before)
    expect(await readCountOnScreen()).toBe(before)

    const another = await browser.host.callAs('e2e-another-reader', 'articles.get', { id })
    expect(another.article.readCount).toBe(before + 1)
  })

  it.each([
    ['an unknown id', 'no-such-article'],
    ['a garbage id', '<script>'.repeat(40)],
  ])('shows 文章不存在 for %s', async (_label, id) => {
    await browser.page.goto(articleUrl(id))
    expect(await textOf('.status-view__title')).toBe('文章不存在')
    expect(await textOf('.status-view__action')).toBe('返回首页')
  })

  it('shows 重试 when the backend fails and recovers when it is back', async () => {
    await browser.page.route('**/api', (route) => route.abort('connectionrefused'))
    await browser.page.goto(browser.host.url)
    expect(await textOf('.status-view__title')).toBe('加载失败')
    await browser.page.unroute('**/api')
    await browser.page.locator('.status-view__action', { hasText: '重试' }).click()
    expect(await textOf('.article-card__title')).toBe(newest.title)
  })
})
