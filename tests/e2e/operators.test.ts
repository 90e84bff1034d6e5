import jsQR from 'jsqr'
import type { Browser, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import type { Action, ApiResponse, Data, Payload } from '../../src/contract/api'
import { launchBrowser, startHost, type RunningHost } from '../support/e2e'

const ADMIN = 'e2e-admin'
const READER = 'e2e-reader'

describe('运营后台 in the browser (h5 build on the local host)', () => {
  let host: RunningHost
  let browser: Browser
  const pages: Page[] = []

  beforeAll(async () => {
    host = await startHost({ env: { WTT_ADMIN_OPENIDS: ADMIN } })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.context().close()))
  })

  /** A browser of its own whose app is `openid` to the host: the dev identity it keeps, stored as Taro stores it. */
  async function browse(openid: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    await context.addInitScript((id) => localStorage.setItem('wtt:dev-openid', JSON.stringify({ data: id })), openid)
    const page = await context.newPage()
    pages.push(page)
    return page
  }

  /** The actions the page sent to /api, in order. */
  function actionsOf(page: Page): string[] {
    const actions: string[] = []
    page.on('request', (request) => {
      if (request.url().endsWith('/api')) actions.push((request.postDataJSON() as { action: string }).action)
    })
    return actions
  }

  const operatorsPage = () => `${host.url}/#/packages/admin/index`

  /** The cells of the channel table's row that names `name`. */
  const channelRow = (page: Page, name: string) =>
    page.locator('.stats-table__row', { hasText: name }).first().locator('.stats-table__cell').allInnerTexts()

  /** An action sent straight to the host as `openid`, past the app. */
  async function callAs<A extends Action>(openid: string, action: A, payload: Payload<A>): Promise<Data<A>> {
    const response = await fetch(`${host.url}/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wtt-openid': openid },
      body: JSON.stringify({ action, payload }),
    })
    const answer = (await response.json()) as ApiResponse<A>
    if (!answer.ok) throw new Error(`${action}: ${answer.error.code}`)
    return answer.data
  }

  /** What a phone's camera would read from the code's picture. */
  async function scan(pictureUrl: string): Promise<string> {
    const response = await fetch(new URL(pictureUrl, host.url))
    expect(response.headers.get('content-type')).toBe('image/png')
    const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()))
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    if (!code) throw new Error(`no QR code in ${pictureUrl}`)
    return code.data
  }

  it('an admin creates a channel, and each visit through its code shows in the channel table', async () => {
    const admin = await browse(ADMIN)
    await admin.goto(operatorsPage())
    await admin.locator('.stats-table__empty', { hasText: '还没有渠道' }).waitFor()
    await admin.locator('.channel-form__name input').fill('2026 柯桥纺博会')
    await admin.getByText('生成二维码', { exact: true }).click()

    const picture = admin.locator('.channel-qr__image img')
    await picture.waitFor()
    await admin.getByText('本地生成的示意二维码，非微信小程序码').waitFor()
    expect(await channelRow(admin, '2026 柯桥纺博会')).toEqual(['2026 柯桥纺博会', '0', '0'])

    // The code opens the home list with the channel's scene, on this host.
    const target = await scan((await picture.getAttribute('src')) as string)
    expect(target).toMatch(new RegExp(`^${host.url}/#/pages/index/index\\?scene=[A-Za-z0-9]{8}$`))

    const visitor = await browse('e2e-visitor')
    for (let visit = 1; visit <= 2; visit++) {
      const resolved = visitor.waitForResponse(
        (response) =>
          response.url().endsWith('/api') && response.request().postData()?.includes('channels.resolve') === true,
      )
      await visitor.goto(target)
      await visitor.locator('.article-card__title').first().waitFor()
      expect(await (await resolved).json()).toEqual({ ok: true, data: { page: 'home', channel: expect.any(String) } })
      await visitor.goto('about:blank')
    }

    await admin.getByText('刷新', { exact: true }).click()
    await admin.locator('.stats-table__row', { hasText: '2026 柯桥纺博会' }).locator('text="1"').first().waitFor()
    // Two scans by one visitor the same day: one read, one reader.
    expect(await channelRow(admin, '2026 柯桥纺博会')).toEqual(['2026 柯桥纺博会', '1', '1'])
  })

  it('an article’s code opens that article in one call, and its read is counted for the channel', async () => {
    const [article] = (await callAs(READER, 'articles.list', { pageSize: 1 })).items
    const { channel, qrcode } = await callAs(ADMIN, 'admin.channels.create', {
      name: '展位 A12',
      articleId: article.id,
    })
    const target = await scan(qrcode.url)
    expect(target).toBe(`${host.url}/#/pages/article/index?scene=${channel.code}`)

    const visitor = await browse('e2e-scanner')
    const actions = actionsOf(visitor)
    await visitor.goto(target)
    await visitor.locator('.article-header__title', { hasText: article.title }).waitFor()
    await visitor.waitForLoadState('networkidle')
    expect(actions).toEqual(['articles.get'])
    expect(await callAs(ADMIN, 'admin.stats', { channel: channel.code })).toMatchObject({ reads: 1, readers: 1 })
  })

  it('a reader is refused: 无权访问 on the page, no admin call from it, and FORBIDDEN from the host', async () => {
    const reader = await browse(READER)
    const actions = actionsOf(reader)
    await reader.goto(operatorsPage())
    await reader.locator('.status-view__title', { hasText: '无权访问' }).waitFor()
    await reader.waitForLoadState('networkidle')
    expect(actions).toEqual(['me.get'])
    expect(await reader.locator('.channel-form').count()).toBe(0)

    for (const [action, payload] of [
      ['admin.channels.create', { name: '冒充的渠道' }],
      ['admin.stats', {}],
    ] as const) {
      const response = await fetch(`${host.url}/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wtt-openid': READER },
        body: JSON.stringify({ action, payload }),
      })
      expect(response.status).toBe(403)
      expect(await response.json()).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } })
    }
  })
})
