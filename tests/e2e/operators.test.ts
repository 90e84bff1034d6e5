import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { hostAndBrowser, operatorsUrl } from '../support/e2e'

const ADMIN = 'e2e-admin'
const READER = 'e2e-reader'

describe('运营后台 · 渠道 in the browser (h5 build on the local host)', () => {
  const e2e = hostAndBrowser({ WTT_ADMIN_OPENIDS: ADMIN })

  /** The actions the page sent to /api, in order. */
  function actionsOf(page: Page): string[] {
    const actions: string[] = []
    page.on('request', (request) => {
      if (request.url().endsWith('/api')) actions.push((request.postDataJSON() as { action: string }).action)
    })
    return actions
  }

  /** What a phone's camera reads from the code's picture. */
  async function scan(pictureUrl: string): Promise<string> {
    const response = await fetch(new URL(pictureUrl, e2e.host.url))
    expect(response.headers.get('content-type')).toBe('image/png')
    const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()))
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    if (!code) throw new Error(`no QR code in ${pictureUrl}`)
    return code.data
  }

  /** Taro's modal on h5: its words, then 确定 (whatever the button says). */
  async function confirmModal(page: Page): Promise<string> {
    const modal = page.locator('.taro__modal')
    await modal.locator('.taro-model__confirm').waitFor()
    const text = await modal.locator('.taro-modal__text').innerText()
    await modal.locator('.taro-model__confirm').click()
    return text
  }

  /** A visitor scans the printed code: where do they land? */
  let visitors = 0
  async function visitByScan(target: string): Promise<Page> {
    const visitor = await e2e.browse({ openid: `e2e-visitor-${++visitors}` })
    await visitor.goto(target)
    return visitor
  }

  /** The row of the channel named exactly `name`. */
  const row = (page: Page, name: string) =>
    page
      .locator('.channel-list__row')
      .filter({ has: page.locator('.channel-list__name').getByText(name, { exact: true }) })

  it('an admin creates a channel, re-points its printed code, archives it; each scan lands where it should', async () => {
    const [, second] = (await e2e.host.callAs(READER, 'articles.list', { pageSize: 2 })).items
    const admin = await e2e.browse({ openid: ADMIN })
    await admin.goto(operatorsUrl(e2e.host))
    await admin.locator('.channel-list__state', { hasText: '还没有渠道' }).waitFor()
    await admin.locator('.channel-form__name input').fill('2026 柯桥纺博会 A馆入口')
    await admin.getByText('生成二维码', { exact: true }).click()
    const picture = admin.locator('.channel-qr__image img')
    await picture.waitFor()
    const printed = await scan((await picture.getAttribute('src')) as string)
    expect(printed).toMatch(new RegExp(`^${e2e.host.url}/#/pages/index/index\\?scene=[A-Za-z0-9]{8}$`))
    await row(admin, '2026 柯桥纺博会 A馆入口').waitFor()
    expect(await row(admin, '2026 柯桥纺博会 A馆入口').locator('.channel-list__target').innerText()).toBe('打开：首页')

    // The printed code opens the home list.
    const home = await visitByScan(printed)
    await home.locator('.article-card__title').first().waitFor()

    // Re-pointed at an article: the same printed code now opens it.
    await row(admin, '2026 柯桥纺博会 A馆入口').click()
    await admin.locator('.channel-sheet').waitFor()
    await admin.locator('.channel-sheet .article-picker').click()
    await admin.locator('.article-picker__option', { hasText: second.title }).click()
    expect(await confirmModal(admin)).toBe(`已印刷的二维码将改为打开「${second.title}」，无需重新印刷。`)
    await row(admin, '2026 柯桥纺博会 A馆入口').locator('.channel-list__target', { hasText: second.title }).waitFor()
    const article = await visitByScan(printed)
    await article.locator('.article-header__title', { hasText: second.title }).waitFor()

    // Downloaded again: the same code, whatever URL serves it now.
    await admin.getByText('下载二维码', { exact: true }).click()
    const again = admin.locator('.channel-sheet .channel-qr__image img')
    await again.waitFor()
    expect(await scan((await again.getAttribute('src')) as string)).toBe(printed)

    // Archived: said what becomes of the printed code; it leaves the list and its scans open the home list.
    await admin.locator('.channel-sheet__button', { hasText: '归档' }).click()
    expect(await confirmModal(admin)).toBe('归档后，已印刷的二维码将打开首页。可在「已归档」中随时恢复。')
    await admin.locator('.channel-sheet').waitFor({ state: 'detached' })
    await row(admin, '2026 柯桥纺博会 A馆入口').waitFor({ state: 'detached' })
    const archived = await visitByScan(printed)
    await archived.locator('.article-card__title').first().waitFor()
    expect(await archived.locator('.article-header__title').count()).toBe(0)
    await admin.locator('.operators-tabs__item', { hasText: '已归档' }).click()
    await row(admin, '2026 柯桥纺博会 A馆入口').waitFor()
  })

  it('a channel tapped far down the list opens its figures in view', async () => {
    for (let i = 1; i <= 14; i++) await e2e.host.callAs(ADMIN, 'admin.channels.create', { name: `展位 B${i}` })
    const admin = await e2e.browse({ openid: ADMIN })
    await admin.goto(operatorsUrl(e2e.host))
    const last = row(admin, '展位 B1')
    await last.waitFor()
    await last.scrollIntoViewIfNeeded()
    await last.click()
    const sheet = admin.locator('.channel-sheet')
    await sheet.waitFor()
    await admin.locator('.channel-sheet .stats-table__row', { hasText: '扫码' }).waitFor()
    const box = await sheet.boundingBox()
    expect(box).not.toBeNull()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.y + box!.height).toBeLessThanOrEqual(844)
    const title = await admin.locator('.channel-sheet__title').boundingBox()
    expect(title!.y).toBeGreaterThanOrEqual(0)
    expect(await admin.locator('.channel-sheet__title').innerText()).toBe('展位 B1')
  })

  it('a reader is refused: 无权访问 on the page, no admin call from it, and FORBIDDEN from the host', async () => {
    const reader = await e2e.browse({ openid: READER })
    const actions = actionsOf(reader)
    await reader.goto(operatorsUrl(e2e.host))
    await reader.locator('.status-view__title', { hasText: '无权访问' }).waitFor()
    await reader.waitForLoadState('networkidle')
    expect(actions).toEqual(['me.get'])
    expect(await reader.locator('.channel-form').count()).toBe(0)

    for (const [action, payload] of [
      ['admin.channels.create', { name: '冒充的渠道' }],
      ['admin.channels.list', {}],
      ['admin.stats', {}],
      ['admin.comments.list', { status: 'pending' }],
      ['admin.articles.importUrl', { url: 'https://mp.weixin.qq.com/s/abc' }],
    ] as const) {
      const response = await fetch(`${e2e.host.url}/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wtt-openid': READER },
        body: JSON.stringify({ action, payload }),
      })
      expect(response.status).toBe(403)
      expect(await response.json()).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } })
    }
  })
})
