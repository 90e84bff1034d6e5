/**
 * 精选留言 end to end, in chromium on the h5 build and the local host: a
 * reader logs in from the composer and comments (待精选); an operator selects
 * it and replies; another reader sees it with 作者回复 and likes it; a
 * report takes it out of the public list; markup a reader typed is text.
 */
import type { Page } from 'playwright-core'
import { hostAndBrowser, operatorsUrl } from '../support/e2e'

const ADMIN = 'e2e-comments-admin'
const WRITER = 'e2e-comments-writer'
const READER = 'e2e-comments-reader'
const ARTICLE = 'airjet-loom-energy-saving'
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'

describe('精选留言 in the browser (h5 build on the local host)', () => {
  const e2e = hostAndBrowser({ WTT_ADMIN_OPENIDS: ADMIN })
  const callAs: typeof e2e.host.callAs = (openid, action, payload) => e2e.host.callAs(openid, action, payload)

  beforeAll(async () => {
    await callAs(ADMIN, 'auth.phoneLogin', { code: 'dev-13900001111' })
  })

  /**
   * A phone of its own whose app is `openid` to the host (null: a fresh
   * browser's made-up one); every dialog a page opens (an alert a script
   * got to run) is kept in `dialogs`.
   */
  async function phone(openid: string | null) {
    const page = await e2e.browse({ locale: 'zh-CN', ...(openid ? { openid } : {}) })
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    return { page, dialogs }
  }

  /** What is on screen: Taro's h5 keeps the pages below the one shown in the DOM, hidden. */
  const shown = (page: Page, selector: string, text?: string) =>
    page
      .locator('.taro_page')
      .filter({ visible: true })
      .last()
      .locator(selector, text ? { hasText: text } : {})

  async function openArticle(page: Page) {
    await page.goto(`${e2e.host.url}/#/pages/article/index?id=${ARTICLE}`)
    await shown(page, '.comment-section').waitFor()
  }

  /** The comment showing `text` on the page shown. */
  const comment = (page: Page, text: string) =>
    shown(page, '.comment').filter({ has: page.locator('.comment__text', { hasText: text }) })

  /** 留言 from the article's bar, `text` typed, 发送. */
  async function write(page: Page, text: string) {
    await shown(page, '.reading-bar__comment').click()
    await shown(page, '.comment-composer__input textarea').fill(text)
    await shown(page, '.comment-composer__send').click()
  }

  const toast = (page: Page, text: string) => page.locator('.taro__toast p', { hasText: text }).waitFor()

  it('a reader comments (待精选); an operator selects and replies; another reader sees it and likes it; a report hides it', async () => {
    const text = '喷气织机改造后，车间噪音有变化吗？'

    // The writer, not signed in yet: 发送 asks for the login where they are, and the comment then goes.
    const writer = await phone(WRITER)
    await openArticle(writer.page)
    await expect(shown(writer.page, '.comment-section__empty').innerText()).resolves.toBe('还没有留言，来写下第一条吧')
    await write(writer.page, text)
    await shown(writer.page, '.login-sheet__title', '登录后发表留言').waitFor()
    await shown(writer.page, '.phone-login__input input').fill('13812345678')
    await shown(writer.page, '.phone-login__button').click()
    await comment(writer.page, text).waitFor()
    await expect(comment(writer.page, text).locator('.comment__mark').innerText()).resolves.toBe('待精选')
    await expect(comment(writer.page, text).locator('.comment__author').innerText()).resolves.toContain('读者78')

    // Nobody else sees it yet.
    expect((await callAs(null, 'articles.get', { id: ARTICLE })).comments.items).toEqual([])

    // The operator selects it and replies, in the operators' page (留言: 待精选, then 已精选).
    const operator = await phone(ADMIN)
    await operator.page.goto(operatorsUrl(e2e.host))
    await operator.page.getByText('留言', { exact: true }).click()
    const queued = operator.page.locator('.moderated-comment', { hasText: text })
    await queued.getByText('精选', { exact: true }).click()
    await queued.waitFor({ state: 'detached' })
    await operator.page.getByText('已精选', { exact: true }).click()
    await queued.getByText('回复', { exact: true }).click()
    await operator.page.locator('.reply-sheet__input input').fill('变化明显，实测降了 6 分贝。')
    await operator.page.getByText('发送回复', { exact: true }).click()
    await queued.locator('.moderated-comment__reply-text', { hasText: '实测降了 6 分贝' }).waitFor()

    // Another reader sees it with 作者回复, and likes it.
    await callAs(READER, 'auth.phoneLogin', { code: 'dev-13912340056' })
    const reader = await phone(READER)
    await openArticle(reader.page)
    const seen = comment(reader.page, text)
    await seen.waitFor()
    await expect(seen.locator('.comment__reply').innerText()).resolves.toBe('作者回复\n变化明显，实测降了 6 分贝。')
    await expect(seen.locator('.comment__mark').count()).resolves.toBe(0)
    const liked = reader.page.waitForResponse(
      (response) => response.request().postData()?.includes('comments.like') === true,
    )
    await seen.locator('.comment__like').click()
    await seen.locator('.comment__like--on', { hasText: '1' }).waitFor()
    await liked
    expect((await callAs(READER, 'articles.get', { id: ARTICLE })).comments.items).toEqual([
      expect.objectContaining({ text, likes: 1, liked: true }),
    ])

    // A report, with a reason from the sheet: gone from the page, and from the public list.
    await seen.locator('.comment__report').click()
    await reader.page.locator('.taro-actionsheet__cell', { hasText: '辱骂攻击' }).click()
    await toast(reader.page, '已举报，我们会尽快处理')
    await seen.waitFor({ state: 'detached' })
    expect((await callAs(null, 'articles.get', { id: ARTICLE })).comments.items).toEqual([])
    const { items: reported } = await callAs(ADMIN, 'admin.comments.list', { status: 'reported' })
    expect(reported.map((item) => item.text)).toContain(text)
    expect([...writer.dialogs, ...operator.dialogs, ...reader.dialogs]).toEqual([])
  })

  it('a comment of <script> and <img onerror> shows as that text, to its writer and to everyone, and runs nothing', async () => {
    await callAs(WRITER, 'auth.phoneLogin', { code: 'dev-13812345678' })
    const writer = await phone(WRITER)
    await openArticle(writer.page)
    await write(writer.page, HOSTILE)
    const own = comment(writer.page, HOSTILE)
    await own.waitFor()
    await expect(own.locator('.comment__text').innerText()).resolves.toBe(HOSTILE)
    await expect(own.locator('script, img').count()).resolves.toBe(0)

    const { items } = await callAs(ADMIN, 'admin.comments.list', { status: 'pending' })
    const hostile = items.find((item) => item.text === HOSTILE)
    if (!hostile) throw new Error('the comment is not in the operators’ queue')
    await callAs(ADMIN, 'admin.comments.moderate', { id: hostile.id, action: 'select', reply: HOSTILE })

    const anyone = await phone(null)
    await openArticle(anyone.page)
    const seen = comment(anyone.page, HOSTILE)
    await seen.waitFor()
    await expect(seen.locator('.comment__text').innerText()).resolves.toBe(HOSTILE)
    await expect(seen.locator('.comment__reply').innerText()).resolves.toBe(`作者回复\n${HOSTILE}`)
    // The only picture in it is the 赞 icon; nothing the reader typed became an element.
    await expect(seen.locator('script').count()).resolves.toBe(0)
    await expect(
      seen.locator('img').evaluateAll((images) => images.map((image) => image.getAttribute('src')?.slice(0, 26))),
    ).resolves.toEqual(['data:image/svg+xml;base64,'])
    expect(writer.dialogs.concat(anyone.dialogs)).toEqual([])
  })
})
