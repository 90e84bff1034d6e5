import { imageSize } from 'image-size'
import { phoneBrowser } from '../support/e2e'

describe('a weak expo network in the browser (h5 build on the local host)', () => {
  const browser = phoneBrowser()
  const apiDown = () => browser.page.route('**/api', (route) => route.abort('internetdisconnected'))

  it('the list and an article read before still open with the network down, marked 离线内容', async () => {
    const { page, host } = browser
    await page.goto(host.url)
    await page.locator('.article-card__title').first().waitFor()
    const firstTitles = await page.locator('.article-card__title').allInnerTexts()
    expect(firstTitles.length).toBeGreaterThan(1)
    await page.locator('.article-card').first().click()
    const title = await page.locator('.article-header__title').innerText()
    await page.waitForLoadState('networkidle')

    await apiDown()
    await page.reload()
    await page.locator('.article-header__title', { hasText: title }).waitFor()
    await page.locator('.offline-notice', { hasText: '离线内容' }).waitFor()
    expect(await page.locator('.article-body__paragraph').count()).toBeGreaterThan(0)

    await page.goto(host.url)
    await page.locator('.offline-notice').waitFor()
    expect(await page.locator('.article-card__title').allInnerTexts()).toEqual(firstTitles)

    // Back online, a tap on the notice brings the fresh list and the mark goes.
    await page.unroute('**/api')
    await page.locator('.offline-notice').click()
    await page.locator('.offline-notice').waitFor({ state: 'detached' })
  })

  it('list thumbnails come at the size shown, from a resized copy', async () => {
    const { page, host } = browser
    await page.goto(host.url)
    // Lazy images get their src once the browser says they are in view.
    const src = (await (
      await page.waitForFunction(() => document.querySelector('.article-card__thumb img')?.getAttribute('src'))
    ).jsonValue()) as string
    expect(src).toMatch(/^\/media\/w\/360\/[\w.-]+$/)
    const response = await fetch(new URL(src, host.url))
    expect(response.status).toBe(200)
    expect(imageSize(Buffer.from(await response.arrayBuffer())).width).toBe(360)
  })
})
