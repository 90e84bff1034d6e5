import type { Data } from '../../src/contract/api'
import type { ArticleSummary } from '../../src/contract/models'
import { ADMIN } from '../support/backend'
import { asAdmin, makeChannel } from '../support/channels'
import { answerOf, createCloudBackend, openPage, type CloudBackend, type PageHandle } from '../support/weapp'

const OPERATORS = 'packages/admin/index'
const READER = 'reader-openid-1'

let backend: CloudBackend
let articles: ArticleSummary[]
beforeEach(async () => {
  // A second apart, from 27 November 2026 18:00 in China: channels made one after another are newer.
  let at = Date.parse('2026-11-27T10:00:00Z')
  backend = await createCloudBackend({ now: () => new Date((at += 1000)) })
  articles = await backend.articles()
})
afterEach(() => backend.close())

const open = (openid: string | null, from: CloudBackend = backend, stackDepth = 2) =>
  openPage(OPERATORS, { backend: from, openid, stackDepth })

/** A reader's open, counted the way the app counts it. */
async function visit(body: { action: string; payload: Record<string, unknown> }, openid: string) {
  const answer = await backend.dispatch(body, openid)
  if (!answer.ok) throw new Error(`${body.action} failed: ${answer.error.message}`)
}

/** Where a scan of the channel's code leads now. */
async function resolve(scene: string) {
  const answer = await backend.dispatch({ action: 'channels.resolve', payload: { scene } }, READER)
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.data as Data<'channels.resolve'>
}

/** Each channel row as the operator reads it: name, target, created, reads, readers. */
function rows(page: PageHandle) {
  return page.findAll('channel-list__row').map((row) => {
    const text = (className: string) =>
      page
        .findAll(className)
        .filter((el) => row.contains(el))
        .map((el) => el.textContent?.trim() ?? '')
    return [...text('channel-list__name'), ...text('channel-list__target'), ...text('channel-list__count')]
  })
}

async function openChannels(openid: string = ADMIN): Promise<PageHandle> {
  const page = await open(openid)
  await page.waitForText('渠道列表')
  await page.waitFor(() => !page.hasText('正在加载渠道'), { message: 'the channels never load' })
  return page
}

/** Opens a picker's sheet of articles and picks one by its title (or 首页资讯列表). */
async function pickArticle(page: PageHandle, picker: Element, title: string) {
  await page.tap(picker)
  const options = await page.waitForClass('article-picker__option')
  const option = options.find((el) => el.textContent === title)
  if (!option) throw new Error(`no option ${title}`)
  await page.tap(option)
}

async function typeName(page: PageHandle, name: string) {
  const [input] = await page.waitForClass('channel-form__name')
  await page.trigger(input, 'input', { value: name, cursor: name.length })
}

/** Taps a channel's row: its sheet opens over the list. */
async function openSheet(page: PageHandle, name: string) {
  const row = page.findAll('channel-list__row').find((el) => el.textContent?.includes(name))
  if (!row) throw new Error(`no row for ${name}: ${page.text()}`)
  await page.tap(row)
  await page.waitForClass('channel-sheet')
  await page.settle()
}

/** A button of the open sheet, by its words. */
const sheetButton = (page: PageHandle, label: string) =>
  page.findAll('channel-sheet__button').find((el) => el.textContent === label) as Element

const toasts = (page: PageHandle) => page.wx.of('showToast').map((call) => call.options.title)
const modals = (page: PageHandle) => page.wx.of('showModal').map((call) => call.options.content)

describe('运营后台 · 渠道 (compiled weapp)', () => {
  test.each([
    ['a reader', READER],
    ['an anonymous visitor', null],
  ])('%s sees 无权访问 with a way back, and the page makes no admin call', async (_label, openid) => {
    const page = await open(openid)
    await page.waitForText('无权访问')
    await page.settle()

    expect(page.apiCalls().map((call) => call.data.action)).toEqual(['me.get'])
    expect(page.hasText('运营后台仅对运营人员开放')).toBe(true)
    expect(page.find('channel-form')).toBeUndefined()
    await page.tap({ text: '返回' })
    expect(page.wx.navigations).toEqual([expect.objectContaining({ api: 'navigateBack', ok: true })])
  })

  test('opened alone (from a shared path), 返回 goes to 我的', async () => {
    const page = await open(READER, backend, 1)
    await page.waitForText('无权访问')
    await page.tap({ text: '返回' })
    expect(page.wx.navigations).toEqual([
      expect.objectContaining({ api: 'switchTab', url: '/pages/me/index', ok: true }),
    ])
  })

  test('when the server refuses an admin action (FORBIDDEN), the page closes with its message', async () => {
    // me.get says admin, the server's own list says otherwise: it is the server that decides.
    const stale: CloudBackend = Object.create(backend, {
      dispatch: {
        value: async (body: { action?: string }, openid?: string | null) =>
          body.action === 'me.get' ? { ok: true, data: { user: null, isAdmin: true } } : backend.dispatch(body, openid),
      },
    })
    const page = await open(READER, stale)
    await page.waitForText('无权访问')
    await page.settle()

    const [list] = page.apiCalls('admin.channels.list')
    expect(list.result).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) })
    expect(page.hasText('没有权限进行此操作')).toBe(true)
    expect(page.find('channel-list')).toBeUndefined()
  })

  test('event channels newest first, with their target, reads and readers; poster codes are not among them', async () => {
    const fair = await makeChannel(backend, { name: '2026 柯桥纺博会' })
    const booth = await makeChannel(backend, { name: '展位 A12', articleId: articles[0].id })
    // A reader's poster of an article makes a poster code: never an event channel.
    await visit({ action: 'articles.code', payload: { id: articles[1].id } }, READER)
    for (const openid of ['reader-a', 'reader-b', 'reader-a'])
      await visit({ action: 'channels.resolve', payload: { scene: fair.scene, enterScene: 1047 } }, openid)
    await visit({ action: 'articles.get', payload: { channel: booth.code, scene: 1047 } }, 'reader-c')

    const page = await openChannels()
    const [list] = page.apiCalls('admin.channels.list')
    expect(list.data.payload).toEqual({ archived: false, pageSize: 20 })
    const answer = answerOf(list)
    expect(answer.items.map((item) => item.code)).toEqual([booth.code, fair.code])
    expect(rows(page)).toEqual(
      answer.items.map((item) => [
        item.name,
        `打开：${item.articleId ? articles[0].title : '首页'}`,
        String(item.reads),
        String(item.readers),
      ]),
    )
    expect(rows(page)[1].slice(2)).toEqual(['2', '2'])
    expect(page.texts('channel-list__meta')).toEqual(['创建于 2026-11-27', '创建于 2026-11-27'])
    expect(answer.items.map((item) => item.kind)).toEqual(['event', 'event'])
  })

  test('a new channel: the name and the build’s envVersion go to admin.channels.create, its code shows, the list has it', async () => {
    const page = await openChannels()
    await typeName(page, '2026 柯桥纺博会')
    await pickArticle(page, page.findAll('article-picker')[0], articles[1].title)
    await page.tap({ text: '生成二维码' })
    const [image] = await page.waitForClass('channel-qr__image')
    await page.settle()

    const [create] = page.apiCalls('admin.channels.create')
    expect(create.data.payload).toEqual({ name: '2026 柯桥纺博会', articleId: articles[1].id, envVersion: 'develop' })
    const { channel, qrcode } = answerOf(create)
    expect(page.attribute(image, 'src')).toBe(qrcode.url)
    expect(page.hasText(`扫码打开：${articles[1].title}`)).toBe(true)
    await page.waitFor(() => rows(page).length === 1, { message: 'the list does not show the new channel' })
    expect(rows(page)[0]).toEqual(['2026 柯桥纺博会', `打开：${articles[1].title}`, '0', '0'])
    expect((await asAdmin(backend, 'admin.channels.list', {})).items.map((row) => row.code)).toEqual([channel.code])
  })

  test('an empty name asks for one and creates nothing', async () => {
    const page = await openChannels()
    await typeName(page, '   ')
    await page.tap({ text: '生成二维码' })
    await page.settle()
    expect(toasts(page)).toEqual(['请填写渠道名称'])
    expect(page.apiCalls('admin.channels.create')).toEqual([])
  })

  test('a tapped channel opens in a sheet over the list: its figures, and its last 30 days by entry', async () => {
    const fair = await makeChannel(backend, { name: '2026 柯桥纺博会' })
    await visit({ action: 'channels.resolve', payload: { scene: fair.scene, enterScene: 1047 } }, 'reader-a')
    await visit({ action: 'channels.resolve', payload: { scene: fair.scene, enterScene: 1011 } }, 'reader-b')
    const page = await openChannels()
    await openSheet(page, '2026 柯桥纺博会')

    // The sheet is WeUI's half-screen sheet: fixed over the page, wherever the list was scrolled.
    const sheet = page.find('bottom-sheet') as Element
    expect(sheet.contains(page.find('channel-sheet') as Element)).toBe(true)
    expect(page.texts('channel-sheet__title')).toEqual(['2026 柯桥纺博会'])
    expect(page.texts('channel-sheet__number')).toEqual(['2', '2'])
    expect(page.apiCalls('admin.stats').map((call) => call.data.payload)).toEqual([{ channel: fair.code }])
    await page.waitFor(() => page.findAll('stats-table__row').length === 8, { message: 'no breakdown' })
    const cells = page.findAll('stats-table__row').map((row) => row.textContent)
    expect(cells).toEqual(['来源阅读', '扫码2', '海报0', '聊天0', '朋友圈0', '公众号0', '小程序0', '其他0'])

    await page.tap({ text: '关闭' })
    await page.waitFor(() => !page.find('channel-sheet'), { message: 'the sheet stays open' })
  })

  test('rename: the new name is saved and shown in the sheet and the list', async () => {
    const fair = await makeChannel(backend, { name: '柯桥纺博会' })
    const page = await openChannels()
    await openSheet(page, '柯桥纺博会')
    await page.tap(sheetButton(page, '重命名'))
    const [input] = await page.waitForClass('channel-sheet__name-input')
    await page.trigger(input, 'input', { value: '2026 柯桥纺博会 A馆入口', cursor: 0 })
    await page.tap({ text: '保存' })
    await page.settle()

    expect(page.apiCalls('admin.channels.update').map((call) => call.data.payload)).toEqual([
      { code: fair.code, name: '2026 柯桥纺博会 A馆入口' },
    ])
    await page.waitForText('2026 柯桥纺博会 A馆入口')
    expect(page.texts('channel-sheet__title')).toEqual(['2026 柯桥纺博会 A馆入口'])
    expect(rows(page)[0][0]).toBe('2026 柯桥纺博会 A馆入口')
    expect((await asAdmin(backend, 'admin.channels.list', {})).items[0].name).toBe('2026 柯桥纺博会 A馆入口')
  })

  test('re-point: the printed code opens the article picked, then the home list again', async () => {
    const fair = await makeChannel(backend, { name: '柯桥纺博会' })
    const target = articles[2]
    const page = await openChannels()
    await openSheet(page, '柯桥纺博会')
    const picker = page.findAll('article-picker').find((el) => page.find('channel-sheet')?.contains(el)) as Element
    await pickArticle(page, picker, target.title)
    await page.settle()

    expect(modals(page)).toEqual([`已印刷的二维码将改为打开「${target.title}」，无需重新印刷。`])
    expect(page.apiCalls('admin.channels.update').map((call) => call.data.payload)).toEqual([
      { code: fair.code, articleId: target.id },
    ])
    await page.waitFor(() => rows(page)[0]?.[1] === `打开：${target.title}`, { message: 'the row keeps its target' })
    expect(await resolve(fair.scene)).toMatchObject({ page: 'article', articleId: target.id })

    await pickArticle(page, picker, '首页资讯列表')
    await page.settle()
    expect(page.apiCalls('admin.channels.update').at(-1)?.data.payload).toEqual({ code: fair.code, articleId: null })
    await page.waitFor(() => rows(page)[0]?.[1] === '打开：首页', { message: 'the row keeps its target' })
    expect(await resolve(fair.scene)).toMatchObject({ page: 'home' })
  })

  test('archive: said what happens to the printed code, the channel moves to 已归档, its code opens home; restore', async () => {
    const booth = await makeChannel(backend, { name: '展位 A12', articleId: articles[0].id })
    const page = await openChannels()
    await openSheet(page, '展位 A12')
    await page.tap(sheetButton(page, '归档'))
    await page.settle()

    expect(modals(page)).toEqual(['归档后，已印刷的二维码将打开首页。可在「已归档」中随时恢复。'])
    expect(page.apiCalls('admin.channels.update').map((call) => call.data.payload)).toEqual([
      { code: booth.code, archived: true },
    ])
    await page.waitFor(() => rows(page).length === 0, { message: 'the archived channel stays in the list' })
    expect(page.find('channel-sheet')).toBeUndefined()
    expect(await resolve(booth.scene)).toMatchObject({ page: 'home' })

    await page.tap({ text: '已归档' })
    await page.waitFor(() => rows(page).length === 1, { message: 'not under 已归档' })
    expect(page.apiCalls('admin.channels.list').at(-1)?.data.payload).toEqual({ archived: true, pageSize: 20 })
    await openSheet(page, '展位 A12')
    await page.tap(sheetButton(page, '恢复'))
    await page.settle()
    expect(modals(page).at(-1)).toBe(`恢复后，已印刷的二维码将重新打开「${articles[0].title}」。`)
    await page.waitFor(() => rows(page).length === 0, { message: 'the restored channel stays under 已归档' })
    expect(await resolve(booth.scene)).toMatchObject({ page: 'article', articleId: articles[0].id })
  })

  test('a declined confirmation changes nothing', async () => {
    await makeChannel(backend, { name: '展位 A12' })
    const page = await openChannels()
    page.answerModals(false)
    await openSheet(page, '展位 A12')
    await page.tap(sheetButton(page, '归档'))
    await page.settle()
    expect(page.apiCalls('admin.channels.update')).toEqual([])
    expect(rows(page)).toHaveLength(1)
  })

  test('下载二维码 asks for a fresh URL of the stored code, shows it, and saves it to the album', async () => {
    const fair = await makeChannel(backend, { name: '柯桥纺博会' })
    const page = await openChannels()
    await openSheet(page, '柯桥纺博会')
    await page.tap(sheetButton(page, '下载二维码'))
    const [image] = await page.waitForClass('channel-qr__image')

    const [call] = page.apiCalls('admin.channels.qrcode')
    expect(call.data.payload).toEqual({ code: fair.code })
    expect(page.attribute(image, 'src')).toBe(answerOf(call).url)
    await page.tap({ text: '保存到相册' })
    await page.waitFor(() => page.wx.of('saveImageToPhotosAlbum').length === 1, { message: 'not saved' })
    // The local host's code is a path on its own origin; a cloud code's https URL would be downloaded first.
    expect(page.wx.of('saveImageToPhotosAlbum')[0].options).toEqual({ filePath: answerOf(call).url })
  })

  test('the list pages: twenty first, the rest at the bottom', async () => {
    for (let i = 0; i < 23; i++) await makeChannel(backend, { name: `渠道 ${i}` })
    const page = await openChannels()
    expect(rows(page)).toHaveLength(20)
    page.instance.onReachBottom?.()
    await page.waitFor(() => rows(page).length === 23, { message: 'the second page is not shown' })
    expect(new Set(rows(page).map((row) => row[0])).size).toBe(23)
    expect(page.hasText('没有更多了')).toBe(true)
  })
})
