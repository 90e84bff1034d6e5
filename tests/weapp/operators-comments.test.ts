import type { Action, Payload } from '../../src/contract/api'
import type { ArticleSummary } from '../../src/contract/models'
import { ADMIN } from '../support/backend'
import { createCloudBackend, openPage, type CloudBackend, type PageHandle } from '../support/weapp'

/** Readers signed in with these phones: the queue shows them as 读者 and the last two digits. */
const READERS = {
  alice: { openid: 'alice-openid', phone: '13987650078' },
  bob: { openid: 'bob-openid', phone: '13987650012' },
} as const
type Reader = keyof typeof READERS

let backend: CloudBackend
let article: ArticleSummary
beforeEach(async () => {
  backend = await createCloudBackend()
  ;[article] = await backend.articles()
  for (const { openid, phone } of Object.values(READERS)) await as(openid, 'auth.phoneLogin', { code: `dev-${phone}` })
})
afterEach(() => backend.close())

const as = <A extends Action>(openid: string, action: A, payload: Payload<A>) => backend.callAs(openid, action, payload)

const write = async (text: string, reader: Reader = 'alice') =>
  (await as(READERS[reader].openid, 'comments.add', { articleId: article.id, text })).comment

/** What another reader sees under the article at their next open. */
const shownTo = async (reader: Reader) =>
  (await as(READERS[reader].openid, 'articles.get', { id: article.id })).comments

async function openQueue(label = '待精选'): Promise<PageHandle> {
  const page = await openPage('packages/admin/index', { backend, openid: ADMIN, stackDepth: 2 })
  await page.waitForText('渠道')
  await page.tap({ text: '留言' })
  await page.waitForText('待审核')
  if (label !== '待精选') await page.tap({ text: label })
  await page.settle()
  await page.waitFor(() => !page.hasText('正在加载留言'), { message: 'the queue never loads' })
  return page
}

/** Each comment card's text, as the operator reads it. */
const cards = (page: PageHandle) => page.texts('moderated-comment__text')

/** Waits for the queue to show these comments (an answer takes a render or two to land). */
async function expectCards(page: PageHandle, expected: string[]) {
  const same = () => JSON.stringify([...cards(page)].sort()) === JSON.stringify([...expected].sort())
  await page.waitFor(same, { timeout: 5000, message: `the queue does not show ${JSON.stringify(expected)}` })
}

/** The card that shows `text`, and a tap on one of its actions. */
async function act(page: PageHandle, text: string, label: string) {
  const card = await page.waitFor(
    () => page.findAll('moderated-comment').find((el) => el.textContent?.includes(text)),
    { timeout: 5000, message: `no card for ${text}` },
  )
  const button = page.findAll('moderated-comment__action').find((el) => card.contains(el) && el.textContent === label)
  if (!button) throw new Error(`no ${label} on the card for ${text}`)
  await page.tap(button)
  await page.settle()
}

const toasts = (page: PageHandle) => page.wx.of('showToast').map((call) => call.options.title)

describe('运营后台 · 留言 (compiled weapp)', () => {
  test('待精选 lists each comment with its article, 读者NN, text, time, likes; 精选 moves it out and readers see it', async () => {
    await write('棉价稳了，轧花厂开工率怎么样？')
    const page = await openQueue()

    expect(page.apiCalls('admin.comments.list').map((call) => call.data.payload)).toEqual([
      { status: 'pending', pageSize: 10 },
    ])
    await expectCards(page, ['棉价稳了，轧花厂开工率怎么样？'])
    expect(page.texts('moderated-comment__article')).toEqual([`《${article.title}》`])
    expect(page.texts('moderated-comment__author')).toEqual(['读者78'])
    expect(page.texts('moderated-comment__time')[0]).toBe('2026-11-27 18:00')
    expect(page.texts('moderated-comment__counts')).toEqual(['赞 0'])
    expect(await shownTo('bob')).toMatchObject({ count: 0, items: [] })

    await act(page, '棉价稳了', '精选')

    expect(page.apiCalls('admin.comments.moderate').map((call) => call.data.payload)).toEqual([
      { id: expect.any(String), action: 'select' },
    ])
    await expectCards(page, [])
    expect(page.hasText('没有待精选的留言')).toBe(true)
    expect(toasts(page)).toContain('已精选，已移到「已精选」')
    expect((await shownTo('bob')).items.map((item) => item.text)).toEqual(['棉价稳了，轧花厂开工率怎么样？'])

    await page.tap({ text: '已精选' })
    await page.settle()
    await expectCards(page, ['棉价稳了，轧花厂开工率怎么样？'])
  })

  test('a reply is written, shown under the comment, seen by readers, edited and removed', async () => {
    const comment = await write('请问羊绒收购价是多少？')
    await as(ADMIN, 'admin.comments.moderate', { id: comment.id, action: 'select' })
    const page = await openQueue('已精选')

    await act(page, '羊绒收购价', '回复')
    const [input] = await page.waitForClass('reply-sheet__input')
    await page.trigger(input, 'input', { value: '  今年无毛绒收购价在每公斤 420 元上下。 ', cursor: 0 })
    await page.tap({ text: '发送回复' })
    await page.settle()

    expect(page.apiCalls('admin.comments.moderate').map((call) => call.data.payload)).toEqual([
      { id: comment.id, action: 'select', reply: '今年无毛绒收购价在每公斤 420 元上下。' },
    ])
    await page.waitFor(() => !page.find('reply-sheet__input'), { message: 'the sheet stays open' })
    expect(page.texts('moderated-comment__reply-text')).toEqual(['今年无毛绒收购价在每公斤 420 元上下。'])
    expect(toasts(page)).toContain('已回复')
    const [seen] = (await shownTo('bob')).items
    expect(seen.reply).toEqual({ text: '今年无毛绒收购价在每公斤 420 元上下。', at: expect.any(String) })

    await act(page, '羊绒收购价', '编辑回复')
    await page.waitForClass('reply-sheet__input')
    // The sheet opens on the reply as it stands.
    expect(page.texts('reply-sheet__count')).toEqual([`${'今年无毛绒收购价在每公斤 420 元上下。'.length}/500`])
    await page.tap({ text: '删除回复' })
    await page.settle()

    expect(page.wx.of('showModal').map((call) => call.options.title)).toEqual(['删除回复'])
    expect(page.apiCalls('admin.comments.moderate').at(-1)?.data.payload).toEqual({
      id: comment.id,
      action: 'select',
      reply: '',
    })
    await page.waitFor(() => !page.find('moderated-comment__reply'), { message: 'the reply stays' })
    expect((await shownTo('bob')).items[0].reply).toBeUndefined()
  })

  test('a reply of more than 500 characters is refused on the page and nothing is sent', async () => {
    await write('面料订单什么时候交付？')
    const page = await openQueue()
    await act(page, '面料订单', '回复')
    const [input] = await page.waitForClass('reply-sheet__input')
    await page.trigger(input, 'input', { value: '回'.repeat(501), cursor: 501 })
    await page.tap({ text: '发送回复' })
    await page.settle()

    expect(toasts(page)).toContain('回复不能超过 500 字')
    expect(page.apiCalls('admin.comments.moderate')).toEqual([])
  })

  test('待审核 holds what the content check doubted; 隐藏 sends it to 已隐藏, 取消隐藏 back to 待精选', async () => {
    await write('这条留言需要待审测试一下')
    const page = await openQueue('待审核')
    await expectCards(page, ['这条留言需要待审测试一下'])

    await act(page, '待审测试', '隐藏')
    await expectCards(page, [])
    expect(toasts(page)).toContain('已隐藏，已移到「已隐藏」')

    await page.tap({ text: '已隐藏' })
    await page.settle()
    await expectCards(page, ['这条留言需要待审测试一下'])
    await act(page, '待审测试', '取消隐藏')
    expect(toasts(page)).toContain('已取消精选，已移到「待精选」')

    await page.tap({ text: '待精选' })
    await page.settle()
    await expectCards(page, ['这条留言需要待审测试一下'])
  })

  test('被举报 shows the reports; 保留精选 puts the comment back in the public list', async () => {
    const comment = await write('纺博会几号开幕？')
    await as(ADMIN, 'admin.comments.moderate', { id: comment.id, action: 'select' })
    await as(READERS.bob.openid, 'comments.report', { id: comment.id })
    expect((await shownTo('bob')).items).toEqual([])

    const page = await openQueue('被举报')
    await expectCards(page, ['纺博会几号开幕？'])
    expect(page.texts('moderated-comment__counts')).toEqual(['赞 0 · 举报 1'])

    await act(page, '纺博会', '保留精选')
    await expectCards(page, [])
    expect((await shownTo('bob')).items.map((item) => item.text)).toEqual(['纺博会几号开幕？'])
  })

  test('markup in a comment shows as its text: no element is made of it', async () => {
    const script = '<script>alert("x")</script>'
    const image = '<img src=x onerror="alert(1)">'
    await write(script)
    await write(image, 'bob')
    const page = await openQueue()

    await expectCards(page, [image, script])
    expect(page.element.querySelectorAll('script, img').length).toBe(0)
  })

  test('the queue pages: ten first, the rest at the bottom', async () => {
    for (let i = 0; i < 12; i++) {
      const openid = `reader-${i}`
      await as(openid, 'auth.phoneLogin', { code: `dev-139876501${String(i).padStart(2, '0')}` })
      await as(openid, 'comments.add', { articleId: article.id, text: `第 ${i} 条留言` })
    }
    const page = await openQueue()
    await page.waitFor(() => cards(page).length === 10, { message: 'not ten comments' })
    page.instance.onReachBottom?.()
    await page.waitFor(() => cards(page).length === 12, { message: 'the second page is not shown' })

    expect(new Set(cards(page)).size).toBe(12)
    expect(page.hasText('没有更多了')).toBe(true)
  })

  test('a failed first page says so and 重试 loads it', async () => {
    await write('网络恢复后可以看到我')
    const page = await openPage('packages/admin/index', { backend, openid: ADMIN, stackDepth: 2 })
    await page.waitForText('渠道')
    backend.goOffline()
    await page.tap({ text: '留言' })
    await page.waitForText('留言加载失败')
    expect(page.find('moderated-comment')).toBeUndefined()
    backend.goOnline()
    await page.tap({ text: '重试' })
    await page.settle()
    await expectCards(page, ['网络恢复后可以看到我'])
  })
})
