/**
 * Links into the app never misfire, in the browser (h5 build on the local
 * host): a valid id opens its article whatever stands beside it; a code
 * that leads nowhere opens the home list and says so; one that points at the
 * home list opens it without a word. Also the h5 shell around the pages: a
 * way back from a sub-page, 页面不存在 for an unknown route, /favicon.ico.
 */
import { phoneBrowser } from '../support/e2e'

const ADMIN = 'e2e-entry-admin'
const ARTICLE = 'cotton-futures-weekly-1107'
const CODE_EXPIRED = '二维码已失效，已为你打开首页'

const browser = phoneBrowser({ WTT_ADMIN_OPENIDS: ADMIN })

/** The page the router shows (it keeps those below, hidden). */
const shown = (selector: string) =>
  browser.page.locator('.taro_page').filter({ visible: true }).last().locator(selector)
/** Taro's toast: its wrapper has no box; its words show. */
const toast = (text: string) => browser.page.locator('.taro__toast p', { hasText: text })
const goTo = (route: string) => browser.page.goto(`${browser.host.url}/#${route}`)

test.each([
  ['a stray scene', `id=${ARTICLE}&scene=${encodeURIComponent('<script>')}`],
  ['a malformed channel', `id=${ARTICLE}&channel=..%2F..`],
  ['a scene far too long for a code', `id=${ARTICLE}&scene=${'x'.repeat(300)}`],
])('a valid id with %s opens its article', async (_label, query) => {
  await goTo(`/pages/article/index?${query}`)
  await shown('.article-header__title').waitFor()
  expect(await shown('.article-header__title').innerText()).toContain('棉花期货周评')
  expect(await toast(CODE_EXPIRED).count()).toBe(0)
})

test.each([
  ['an unknown code, on the article page', '/pages/article/index?scene=NoSuchCode9'],
  ['a malformed code, on the article page', `/pages/article/index?scene=${encodeURIComponent('%E4%ZZ%')}`],
  ['an unknown code, on the home list', '/pages/index/index?scene=NoSuchCode9'],
])('%s opens the home list, which says the code is no longer valid', async (_label, route) => {
  await goTo(route)
  await shown('.article-card').first().waitFor()
  await toast(CODE_EXPIRED).waitFor()
  expect(await browser.page.locator('.status-view').filter({ visible: true }).count()).toBe(0)
})

test('a code that points at the home list opens it, without a word, its scan recorded', async () => {
  const { channel } = await browser.host.callAs(ADMIN, 'admin.channels.create', { name: '2026 柯桥纺博会' })
  await goTo(`/pages/article/index?scene=${channel.code}`)
  await shown('.article-card').first().waitFor()
  await browser.page.waitForLoadState('networkidle')
  expect(await toast(CODE_EXPIRED).count()).toBe(0)
  const stats = await browser.host.callAs(ADMIN, 'admin.stats', { channel: channel.code })
  expect(stats.reads).toBe(1)
})

test('an article opened by its event code’s scene counts as a scan (扫码), as in WeChat', async () => {
  const { channel } = await browser.host.callAs(ADMIN, 'admin.channels.create', {
    name: 'A 馆入口',
    articleId: ARTICLE,
  })
  await goTo(`/pages/article/index?scene=${channel.code}`)
  await shown('.article-header__title').waitFor()
  await browser.page.waitForLoadState('networkidle')
  const stats = await browser.host.callAs(ADMIN, 'admin.stats', { channel: channel.code })
  expect(stats).toMatchObject({ reads: 1, byEntry: { qrcode: 1, other: 0 } })
})

test('a sub-page has a way back: the bar’s back arrow returns to the list it was opened from', async () => {
  await goTo('/pages/index/index')
  await shown('.search-entry').click()
  await shown('.search-bar__input').waitFor()
  await browser.page.locator('.taro-navigation-bar-back').click()
  await shown('.article-card').first().waitFor()
  expect(await shown('.search-bar').count()).toBe(0)
})

test('an unknown route says 页面不存在, and 返回首页 leads to the list', async () => {
  await goTo('/pages/no-such-page/index')
  await shown('.status-view__title').waitFor()
  expect(await shown('.status-view__title').innerText()).toBe('页面不存在')
  await shown('.status-view__action').click()
  await shown('.article-card').first().waitFor()
})

test('/favicon.ico is an icon', async () => {
  const response = await fetch(`${browser.host.url}/favicon.ico`)
  expect(response.status).toBe(200)
  const bytes = Buffer.from(await response.arrayBuffer())
  // An ICO file: reserved 0, type 1 (icon), at least one image.
  expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2)]).toEqual([0, 1])
  expect(bytes.readUInt16LE(4)).toBeGreaterThan(0)
})
