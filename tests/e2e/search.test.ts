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

  it('shows 没有找到相关文章 for a query nothing matches', async () => {
    const input = await openSearch()
    await input.fill('量子纠缠计算机')
    await searchPage().locator('.search-bar__submit').click()
    await searchPage().locator('.status-view__title', { hasText: '没有找到相关文章' }).waitFor()
    expect(await searchPage().locator('.article-card').count()).toBe(0)
  })
})
