import type { Browser, Page } from 'playwright-core'
import type { Action, ApiResponse, Data, Payload } from '../../src/contract/api'
import { launchBrowser, startHost, type RunningHost } from '../support/e2e'

const ADMIN = 'e2e-admin'
const WRITER = { openid: 'e2e-writer', phone: '13987650078' }
const OTHER = { openid: 'e2e-other', phone: '13987650012' }

describe('运营后台 · 留言 in the browser (h5 build on the local host)', () => {
  let host: RunningHost
  let browser: Browser
  let page: Page
  const dialogs: string[] = []

  beforeAll(async () => {
    host = await startHost({ env: { WTT_ADMIN_OPENIDS: ADMIN } })
    browser = await launchBrowser()
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    await context.addInitScript((id) => localStorage.setItem('wtt:dev-openid', JSON.stringify({ data: id })), ADMIN)
    page = await context.newPage()
    // A script run from a comment would show itself here.
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
  })
  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })

  /** An action sent straight to the host as `openid`, as that reader's app would. */
  async function callAs<A extends Action>(openid: string, action: A, payload: Payload<A>): Promise<Data<A>> {
    const response = await fetch(`${host.url}/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wtt-openid': openid },
      body: JSON.stringify({ action, payload }),
    })
    const answer = (await response.json()) as ApiResponse<A>
    if (!answer.ok) throw new Error(`${action}: ${answer.error.code} ${answer.error.message}`)
    return answer.data
  }

  const card = (text: string) => page.locator('.moderated-comment', { hasText: text })

  it('an operator selects and replies; another reader sees both; markup in comments stays text', async () => {
    const [article] = (await callAs(OTHER.openid, 'articles.list', { pageSize: 1 })).items
    for (const reader of [WRITER, OTHER])
      await callAs(reader.openid, 'auth.phoneLogin', { code: `dev-${reader.phone}` })
    const write = (text: string) => callAs(WRITER.openid, 'comments.add', { articleId: article.id, text })
    await write('柯桥的功能面料订单能排到几月？')
    await write('<script>alert("script")</script>')
    await write('<img src=x onerror="alert(\'img\')">')

    await page.goto(`${host.url}/#/packages/admin/index`)
    await page.getByText('留言', { exact: true }).click()
    await card('功能面料订单').waitFor()
    expect(await card('<script>').locator('.moderated-comment__text').innerText()).toBe(
      '<script>alert("script")</script>',
    )
    expect(await card('onerror').locator('.moderated-comment__text').innerText()).toBe(
      `<img src=x onerror="alert('img')">`,
    )
    expect(await page.locator('.moderated-comment script, .moderated-comment img').count()).toBe(0)
    expect(await card('功能面料订单').locator('.moderated-comment__author').innerText()).toBe('读者78')

    await card('功能面料订单').getByText('精选', { exact: true }).click()
    await card('功能面料订单').waitFor({ state: 'detached' })
    await page.getByText('已精选', { exact: true }).click()
    await card('功能面料订单').getByText('回复', { exact: true }).click()
    await page.locator('.reply-sheet__input input').fill('目前排到明年一月，欢迎来样询价。')
    await page.getByText('发送回复', { exact: true }).click()
    await card('功能面料订单').locator('.moderated-comment__reply-text', { hasText: '目前排到明年一月' }).waitFor()

    // Another reader, at their next open of the article.
    const { comments } = await callAs(OTHER.openid, 'articles.get', { id: article.id })
    expect(comments.items).toEqual([
      expect.objectContaining({
        text: '柯桥的功能面料订单能排到几月？',
        author: '读者78',
        state: 'selected',
        reply: { text: '目前排到明年一月，欢迎来样询价。', at: expect.any(String) },
      }),
    ])

    // The markup comments selected too: still text, and nothing ran.
    await page.getByText('待精选', { exact: true }).click()
    for (const text of ['<script>', 'onerror']) {
      await card(text).getByText('精选', { exact: true }).click()
      await card(text).waitFor({ state: 'detached' })
    }
    await page.getByText('已精选', { exact: true }).click()
    await card('<script>').waitFor()
    expect(await page.locator('.moderated-comment script, .moderated-comment img').count()).toBe(0)
    expect(dialogs).toEqual([])
    const shown = await callAs(OTHER.openid, 'comments.list', { articleId: article.id })
    expect(shown.items.map((item) => item.text).sort()).toEqual(
      [
        '<img src=x onerror="alert(\'img\')">',
        '<script>alert("script")</script>',
        '柯桥的功能面料订单能排到几月？',
      ].sort(),
    )
  })
})
