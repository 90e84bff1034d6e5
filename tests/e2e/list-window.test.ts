import type { Route } from 'playwright-core'
import { phoneBrowser } from '../support/e2e'

/** More than the sample articles: the feed's answers are made up here, 10 a page (fetchFeed). */
const FEED_ARTICLES = 120
const PAGE_SIZE = 10

const titleOf = (n: number) => `长列表第 ${n} 篇：纺织产业资讯`

function article(n: number) {
  return {
    id: `window-${n}`,
    title: titleOf(n),
    summary: `第 ${n} 篇的摘要，两行之内说清这篇文章讲了什么，读者据此决定要不要点开。`,
    category: 'industry',
    source: '梧桐台',
    publishedAt: new Date(Date.UTC(2026, 0, 1) - n * 3_600_000).toISOString(),
    readCount: n * 7,
  }
}

/** articles.list by a cursor of our own; the first page keeps the real answer's tabs. */
async function feed(route: Route) {
  const request = route.request().postDataJSON() as { action?: string; payload?: { cursor?: string } }
  if (request.action !== 'articles.list') return route.continue()
  const from = Number(request.payload?.cursor ?? 0)
  const to = Math.min(from + PAGE_SIZE, FEED_ARTICLES)
  const page = {
    items: Array.from({ length: to - from }, (_, i) => article(from + i + 1)),
    nextCursor: to < FEED_ARTICLES ? String(to) : null,
  }
  if (request.payload?.cursor) return route.fulfill({ json: { ok: true, data: page } })
  const real = (await (await route.fetch()).json()) as { ok: boolean; data?: { categories?: unknown } }
  return route.fulfill({ json: { ok: true, data: { ...page, categories: real.data?.categories } } })
}

describe('a long 资讯 list in the browser (h5 build on the local host)', () => {
  const browser = phoneBrowser()

  it('draws only the cards near the screen while scrolling far, and the first ones again back at the top', async () => {
    const { page, host } = browser
    await page.route('**/api', feed)
    await page.goto(host.url)
    const titles = page.locator('.article-card__title')
    await titles.first().waitFor()
    expect((await titles.first().innerText()).trim()).toBe(titleOf(1))

    // Scroll to the bottom again and again: the page loads more on reaching
    // it. On h5 the page scrolls in Taro's page element, not the window.
    const scroller = page.locator('.taro_page_show')
    const scrollHeight = () => scroller.evaluate((element) => element.scrollHeight)
    /** Resolves once the page has handled the scroll (Taro's listener runs before this one), at once if there is none. */
    const scrollTo = (top: number) =>
      scroller.evaluate(
        (element, to) =>
          new Promise<void>((resolve) => {
            const target = Math.max(0, Math.min(to, element.scrollHeight - element.clientHeight))
            if (Math.abs(element.scrollTop - target) < 1) return resolve()
            element.addEventListener('scroll', () => resolve(), { once: true })
            element.scrollTo(0, target)
          }),
        top,
      )
    /**
     * Short of the bottom first, as a reader's scroll goes: Taro fires
     * reach-bottom on entering its zone, once, until a scroll is seen outside it.
     */
    const scrollToBottom = async () => {
      const bottom = await scroller.evaluate((element) => element.scrollHeight - element.clientHeight)
      await scrollTo(bottom - 600)
      await scrollTo(bottom)
    }
    const theEnd = page.locator('.list-footer', { hasText: '没有更多了' })
    let mostDrawn = 0
    for (let round = 0; round < 2 * (FEED_ARTICLES / PAGE_SIZE); round++) {
      const height = await scrollHeight()
      await scrollToBottom()
      // The next page drawn, or the end of the feed said.
      await page.waitForFunction(
        (before) =>
          (document.querySelector('.taro_page_show')?.scrollHeight ?? 0) > before ||
          Array.from(document.querySelectorAll('.list-footer')).some((footer) =>
            footer.textContent?.includes('没有更多了'),
          ),
        height,
      )
      mostDrawn = Math.max(mostDrawn, await page.locator('.article-card').count())
      if (await theEnd.isVisible()) break
    }
    await theEnd.waitFor()
    // The whole feed is loaded, but only a few groups of 10 are drawn.
    await page.locator('.article-card__title', { hasText: titleOf(FEED_ARTICLES) }).waitFor()
    const drawn = await page.locator('.article-card').count()
    expect(drawn).toBeLessThanOrEqual(4 * PAGE_SIZE)
    expect(mostDrawn).toBeLessThanOrEqual(4 * PAGE_SIZE)
    await expect(page.locator('.article-card__title', { hasText: titleOf(1) }).count()).resolves.toBe(0)

    await scrollTo(0)
    await page.locator('.article-card__title', { hasText: titleOf(1) }).waitFor()
    expect((await titles.first().innerText()).trim()).toBe(titleOf(1))
    await expect(page.locator('.article-card').count()).resolves.toBeLessThanOrEqual(4 * PAGE_SIZE)
  })
})
