import { phoneBrowser } from '../support/e2e'

describe('searching in the browser (h5 build on the local host)', () => {
  const browser = phoneBrowser()

  /** The search page: the h5 router keeps the 资讯 list, hidden, under it. */
  const searchPage = () => browser.page.locator('.search-page')

  /** From the 资讯 list, as a reader gets there: the search box above the tabs. */
  async function openSearch() {
    await browser.page.goto(browser.host.url)
    await browser.page.locator('.search-entry').click()
    const input = searchPage().locator('.search-bar__input input')
    await input.waitFor()
    return input
  }

  it('finds the sample articles about 棉花, highlights the word and opens one', async () => {
    const input = await openSearch()
    await input.fill('棉花')
    await input.press('Enter')

    await searchPage().locator('.article-card').first().waitFor()
    const hits = await searchPage().locator('.search-hit').allInnerTexts()
    expect(hits.length).toBeGreaterThan(0)
    expect(new Set(hits)).toEqual(new Set(['棉花']))

    // The weekly cotton report has the word in its title: it shows there highlighted.
    const cotton = searchPage().locator('.article-card', { hasText: '棉花期货周评' })
    await expect(cotton.locator('.article-card__title .search-hit').innerText()).resolves.toBe('棉花')

    const title = (await cotton.locator('.article-card__title').innerText()).trim()
    await cotton.click()
    await browser.page.locator('.article-header__title').waitFor()
    expect((await browser.page.locator('.article-header__title').innerText()).trim()).toBe(title)
  })

  it('shows 没有找到相关文章 and, instead of a blank page, the most-read articles of the last 30 days', async () => {
    const input = await openSearch()
    await input.fill('量子纠缠计算机')
    await searchPage().locator('.search-bar__submit').click()
    await searchPage().locator('.status-view__title', { hasText: '没有找到相关文章' }).waitFor()
    const popular = searchPage().locator('.search-page__popular')
    await expect(popular.locator('.search-page__popular-title').innerText()).resolves.toBe('近 30 天热门文章')
    const cards = popular.locator('.article-card')
    const shown = await cards.count()
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThanOrEqual(5)
    // Nothing else is listed, and the most read comes first.
    expect(await searchPage().locator('.article-card').count()).toBe(shown)
    const reads = (await cards.locator('.article-card__reads').allInnerTexts()).map((text) => {
      const [, count, tenThousands] = /阅读\s*([\d.]+)(万?)/.exec(text) ?? []
      return Number(count) * (tenThousands ? 10_000 : 1)
    })
    expect(reads.every((count) => Number.isFinite(count))).toBe(true)
    expect([...reads].sort((a, b) => b - a)).toEqual(reads)
  })
})
