import type { Page } from 'playwright-core'
import { hostAndBrowser, operatorsUrl } from '../support/e2e'

const ADMIN = 'e2e-admin'
const WRITER = { openid: 'e2e-writer', phone: '13987650078' }
const OTHER = { openid: 'e2e-other', phone: '13987650012' }

describe('运营后台 · 留言 in the browser (h5 build on the local host)', () => {
  const e2e = hostAndBrowser({ WTT_ADMIN_OPENIDS: ADMIN })
  let page: Page
  const dialogs: string[] = []
  beforeEach(async () => {
    page = await e2e.browse({ openid: ADMIN })
    // A script run from a comment would show itself here.
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
  })

  const card = (text: string) => page.locator('.moderated-comment', { hasText: text })

  it('an operator selects and replies; another reader sees both; markup in comments stays text', async () => {
    const [article] = (await e2e.host.callAs(OTHER.openid, 'articles.list', { pageSize: 1 })).items
    for (const reader of [WRITER, OTHER])
      await e2e.host.callAs(reader.openid, 'auth.phoneLogin', { code: `dev-${reader.phone}` })
    const write = (text: string) => e2e.host.callAs(WRITER.openid, 'comments.add', { articleId: article.id, text })
    await write('柯桥的功能面料订单能排到几月？')
    await write('<script>alert("script")</script>')
    await write('<img src=x onerror="alert(\'img\')">')

    await page.goto(operatorsUrl(e2e.host))
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
    const { comments } = await e2e.host.callAs(OTHER.openid, 'articles.get', { id: article.id })
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
    const shown = await e2e.host.callAs(OTHER.openid, 'comments.list', { articleId: article.id })
    expect(shown.items.map((item) => item.text).sort()).toEqual(
      [
        '<img src=x onerror="alert(\'img\')">',
        '<script>alert("script")</script>',
        '柯桥的功能面料订单能排到几月？',
      ].sort(),
    )
  })
})
