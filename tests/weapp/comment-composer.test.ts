/**
 * 写留言 (the composer's subpackage) in the compiled weapp: the server's
 * count and limits, refusals said above the text with nothing typed lost,
 * success back under the article with the comment there (no second
 * articles.get), the draft kept per article, and a guest's login round trip.
 */
import type { Action, Payload } from '../../src/contract/api'
import { composerUrl } from '../../src/utils/articleLinks'
import { READERS } from '../support/comments'
import { openPage, samplePerTest, type PageHandle } from '../support/weapp'

const ARTICLE = 'pages/article/index'
const COMPOSER = 'packages/comment/index'
const ME = 'pages/me/index'
const { alice } = READERS

const sample = samplePerTest()

const send = <A extends Action>(action: A, payload: Payload<A>, openid: string | null) =>
  sample.backend.callAs(openid, action, payload)
const signIn = () => send('auth.phoneLogin', { code: `dev-${alice.phone}` }, alice.openid)

async function openArticle(): Promise<PageHandle> {
  const page = await openPage(ARTICLE, {
    openid: alice.openid,
    backend: sample.backend,
    query: { id: sample.article.id },
    scene: 1007,
    stackDepth: 2,
    storage: 'keep',
  })
  await page.waitForClass('comment-section')
  await page.settle()
  return page
}

/** 写留言 as the article's 留言 opens it: over the article, whose page shows again when it closes. */
async function openComposer(article?: PageHandle): Promise<PageHandle> {
  const query = { id: sample.article.id }
  const page = article
    ? await openPage(COMPOSER, { query, over: article })
    : await openPage(COMPOSER, { openid: alice.openid, backend: sample.backend, query, stackDepth: 2, storage: 'keep' })
  await page.waitForClass('comment-composer__input')
  return page
}

async function type(page: PageHandle, value: string) {
  await page.trigger('comment-composer__input', 'input', { value, cursor: value.length, keyCode: 0 })
  await page.waitFor(() => textIn(page) === value, { message: 'the text never showed' })
}

const textIn = (page: PageHandle) => page.attribute(page.find('comment-composer__input') as Element, 'value')
const count = (page: PageHandle) => page.texts('comment-composer__count')[0]
const sendable = (page: PageHandle) => page.find('comment-composer__send--off') === undefined
const errorShown = (page: PageHandle) => page.texts('comment-composer__error')
const toasts = (page: PageHandle) => page.wx.of('showToast').map((call) => call.options.title)

describe('写留言 (compiled weapp, subpackage)', () => {
  test('counts as the server does, and 发送 waits for something within 500 characters', async () => {
    await signIn()
    const page = await openComposer()
    expect(count(page)).toBe('0/500')
    expect(sendable(page)).toBe(false)
    await page.tap('comment-composer__send')
    expect(page.apiCalls()).toEqual([])

    // Only whitespace: nothing to send.
    await type(page, ' \n\n  \n ')
    expect(count(page)).toBe('0/500')
    expect(sendable(page)).toBe(false)

    // Trimmed, runs of spaces and of line breaks one each: 棉价 稳 / 了 is 6.
    await type(page, '  棉价   稳\n\n\n了  ')
    expect(count(page)).toBe('6/500')
    expect(sendable(page)).toBe(true)

    await type(page, '棉'.repeat(500))
    expect(count(page)).toBe('500/500')
    expect(sendable(page)).toBe(true)
    await type(page, '棉'.repeat(503))
    expect(count(page)).toBe('已超出 3 字')
    expect(sendable(page)).toBe(false)
    await page.tap('comment-composer__send')
    expect(page.apiCalls()).toEqual([])
  })

  test('sent: back under the article, the comment on top marked 待精选, with no second articles.get', async () => {
    await signIn()
    const article = await openArticle()
    await article.tap('reading-bar__comment')
    await article.waitFor(() => article.wx.navigations.length === 1, { message: 'no navigation' })
    expect(article.wx.navigations[0]).toEqual(expect.objectContaining({ url: composerUrl(sample.article.id) }))

    const composer = await openComposer(article)
    await type(composer, '  感谢整理，数据很及时。 ')
    await composer.tap('comment-composer__send')
    await composer.waitFor(() => composer.wx.navigations.some((call) => call.api === 'navigateBack'), {
      message: 'never went back',
    })
    await composer.settle()
    expect(composer.apiCalls('comments.add').map((call) => call.data.payload)).toEqual([
      { articleId: sample.article.id, text: '  感谢整理，数据很及时。 ' },
    ])
    expect(toasts(composer)).toContain('留言已发送')

    await composer.close()
    await article.waitFor(() => article.texts('comment__text')[0] === '感谢整理，数据很及时。', {
      message: 'the comment is not under the article',
    })
    expect(article.texts('comment__author')).toEqual(['读者78待精选'])
    expect(article.apiCalls('articles.get')).toHaveLength(1)

    // The draft went with it: the composer opens empty next time.
    const again = await openComposer()
    expect(textIn(again)).toBe('')
  })

  test('a comment WeChat’s check wants an operator to see comes back marked 审核中', async () => {
    await signIn()
    const article = await openArticle()
    const composer = await openComposer(article)
    await type(composer, '待审测试：想问问报价')
    await composer.tap('comment-composer__send')
    await composer.waitFor(() => composer.wx.navigations.length === 1, { message: 'never went back' })
    await composer.close()
    await article.waitFor(() => article.texts('comment__mark')[0] === '审核中', { message: 'not marked 审核中' })
    expect(article.texts('comment__text')).toEqual(['待审测试：想问问报价'])
  })

  test.each([
    ['risky text', '违规测试 这段话', '留言含有不适宜发布的内容，请修改后再试'],
    ['WeChat busy', '能不能再详细些 wechat-error--1', '微信服务繁忙，请稍后再试'],
  ])('%s: the server’s sentence above the text, which stays as typed', async (_label, text, message) => {
    await signIn()
    const page = await openComposer()
    await type(page, text)
    await page.tap('comment-composer__send')
    await page.waitFor(() => errorShown(page).length > 0, { message: 'no error shown' })
    await page.settle()
    expect(errorShown(page)).toEqual([message])
    expect(textIn(page)).toBe(text)
    expect(sendable(page)).toBe(true)
    expect(page.wx.navigations).toEqual([])

    // And on the device: the draft is there when the composer opens again.
    const again = await openComposer()
    expect(textIn(again)).toBe(text)
  })

  test('a double tap on 发送 sends one comment', async () => {
    await signIn()
    const page = await openComposer()
    await type(page, '双击也只发一条')
    const button = page.find('comment-composer__send') as Element
    await Promise.all([page.tap(button), page.tap(button)])
    await page.waitFor(() => page.wx.navigations.length === 1, { message: 'never sent' })
    await page.settle()
    expect(page.apiCalls('comments.add')).toHaveLength(1)
    const { comments } = await send('articles.get', { id: sample.article.id }, alice.openid)
    expect(comments.items.map((comment) => comment.text)).toEqual(['双击也只发一条'])
  })

  test('too frequent: 留言太频繁 above the text, nothing lost', async () => {
    await signIn()
    for (let n = 1; n <= 5; n++)
      await send('comments.add', { articleId: sample.article.id, text: `第 ${n} 条` }, alice.openid)
    const page = await openComposer()
    await type(page, '第六条，还想说两句')
    await page.tap('comment-composer__send')
    await page.waitFor(() => errorShown(page).length > 0, { message: 'no error shown' })
    expect(errorShown(page)).toEqual(['留言太频繁，请稍后再试'])
    expect(textIn(page)).toBe('第六条，还想说两句')
  })

  test('the draft is kept per article: back to the article and in again, the text is there', async () => {
    await signIn()
    const page = await openComposer()
    await type(page, '写到一半')
    await page.close()
    const again = await openComposer()
    expect(textIn(again)).toBe('写到一半')
    expect(count(again)).toBe('4/500')
  })

  test('a guest’s 发送 asks for a login there; once in, the comment goes, as typed', async () => {
    // 我的 found the reader logged out.
    const me = await openPage(ME, { openid: alice.openid, backend: sample.backend })
    await me.waitForClass('phone-login__button')

    const article = await openArticle()
    const composer = await openComposer(article)
    await type(composer, '登录前写好的留言')
    await composer.tap('comment-composer__send')
    await composer.waitForText('登录后发表留言')
    expect(composer.apiCalls('comments.add')).toEqual([])
    expect(textIn(composer)).toBe('登录前写好的留言')

    await composer.trigger('phone-login__button', 'getphonenumber', {
      errMsg: 'getPhoneNumber:ok',
      code: `dev-${alice.phone}`,
    })
    await composer.waitFor(() => composer.wx.navigations.length === 1, { message: 'never sent' })
    await composer.settle()
    const actions = composer.apiCalls().map((call) => call.data.action)
    expect(actions.slice(0, 2)).toEqual(['articles.get', 'auth.phoneLogin'])
    // The comment, once; the article below asks for its comments again as the reader now sees them.
    expect(actions.slice(2).sort()).toEqual(['comments.add', 'comments.list'])
    await composer.close()
    await article.waitFor(() => article.texts('comment__text')[0] === '登录前写好的留言', {
      message: 'not under the article',
    })
  })

  test('signed out elsewhere: the server’s UNAUTHENTICATED asks for the login, the text waits', async () => {
    await signIn()
    await send('auth.logout', {}, alice.openid)
    const page = await openComposer()
    await type(page, '还在吗')
    await page.tap('comment-composer__send')
    await page.waitForText('登录后发表留言')
    expect(textIn(page)).toBe('还在吗')
    await page.tap({ text: '暂不登录' })
    await page.waitFor(() => !page.hasText('登录后发表留言'), { message: 'the sheet stayed open' })
    expect(textIn(page)).toBe('还在吗')
    expect(errorShown(page)).toEqual([])
  })
})
