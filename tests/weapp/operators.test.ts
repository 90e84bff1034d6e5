import type { ArticleSummary } from '../../src/contract/models'
import { ADMIN } from '../support/backend'
import { asAdmin, makeChannel } from '../support/channels'
import { answerOf, createCloudBackend, openPage, type CloudBackend, type PageHandle } from '../support/weapp'

const OPERATORS = 'packages/admin/index'
const READER = 'reader-openid-1'

let backend: CloudBackend
beforeEach(async () => {
  backend = await createCloudBackend()
})
afterEach(() => backend.close())

const open = (openid: string | null, from: CloudBackend = backend, stackDepth = 2) =>
  openPage(OPERATORS, { backend: from, openid, stackDepth })

/** A reader's open, counted the way the app counts it. */
async function visit(body: { action: string; payload: Record<string, unknown> }, openid: string) {
  const answer = await backend.dispatch(body, openid)
  if (!answer.ok) throw new Error(`${body.action} failed: ${answer.error.message}`)
}

/** The cells of a table's rows (its head left out): the first table is the channels', the second the breakdown. */
function tableRows(page: PageHandle, index = 0): string[][] {
  const table = page.findAll('stats-table')[index]
  if (!table) return []
  const inTable = (className: string, within: Element) => page.findAll(className).filter((el) => within.contains(el))
  return inTable('stats-table__row', table)
    .filter((row) => !inTable('stats-table__row--head', table).includes(row))
    .map((row) => inTable('stats-table__cell', row).map((cell) => cell.textContent?.trim() ?? ''))
}

/** Opens a picker's sheet of articles and picks one by its title. */
async function pickArticle(page: PageHandle, picker: Element, title: string) {
  await page.tap(picker)
  await page.waitForClass('article-picker__option')
  await page.tap({ text: title })
}

async function typeName(page: PageHandle, name: string) {
  const [input] = await page.waitForClass('channel-form__name')
  await page.trigger(input, 'input', { value: name, cursor: name.length })
}

const toasts = (page: PageHandle) => page.wx.of('showToast').map((call) => call.options.title)

describe('运营后台 (compiled weapp)', () => {
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

    const [channels] = page.apiCalls('admin.channels.list')
    expect(channels.result).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) })
    expect(page.hasText('没有权限进行此操作')).toBe(true)
    expect(page.find('stats-table')).toBeUndefined()
  })

  test('an admin sees every channel with its reads and readers, as admin.channels.list counts them', async () => {
    const [article] = await backend.articles()
    const fair = await makeChannel(backend, { name: '2026 柯桥纺博会' })
    const booth = await makeChannel(backend, { name: '展位 A12', articleId: article.id })
    await makeChannel(backend, { name: '宁夏羊绒展' })
    // Two readers scan the fair's code, one of them twice (one read a day each); one opens the booth's article.
    for (const openid of ['reader-a', 'reader-b', 'reader-a'])
      await visit({ action: 'channels.resolve', payload: { scene: fair.scene, enterScene: 1047 } }, openid)
    await visit({ action: 'articles.get', payload: { channel: booth.code, scene: 1047 } }, 'reader-c')

    const page = await open(ADMIN)
    await page.waitForText('2026 柯桥纺博会')
    await page.settle()

    expect(page.apiCalls('admin.channels.list').map((call) => call.data.payload)).toEqual([{ pageSize: 20 }])
    const rows = tableRows(page)
    expect(rows).toHaveLength(3)
    expect(rows).toEqual(
      expect.arrayContaining([
        ['2026 柯桥纺博会', '2', '2'],
        ['展位 A12', '1', '1'],
        ['宁夏羊绒展', '0', '0'],
      ]),
    )
    const answer = answerOf(page.apiCalls('admin.channels.list')[0])
    expect(rows).toEqual(answer.items.map((row) => [row.name, String(row.reads), String(row.readers)]))
  })

  test('an admin creates a home channel: admin.channels.create gets the name and the build’s envVersion, and the QR code shows', async () => {
    const page = await open(ADMIN)
    await page.waitForText('还没有渠道')
    await typeName(page, '2026 柯桥纺博会')
    await page.tap({ text: '生成二维码' })
    const [image] = await page.waitForClass('channel-qr__image')
    await page.settle()

    const [create] = page.apiCalls('admin.channels.create')
    expect(create.data.payload).toEqual({ name: '2026 柯桥纺博会', envVersion: 'develop' })
    const { channel, qrcode } = answerOf(create)
    expect(channel).toMatchObject({ name: '2026 柯桥纺博会', page: 'pages/index/index' })
    expect(page.attribute(image, 'src')).toBe(qrcode.url)
    expect(qrcode.localStandIn).toBe(true)
    expect(page.hasText('本地生成的示意二维码，非微信小程序码')).toBe(true)
    expect(page.hasText('扫码打开：首页资讯列表')).toBe(true)
    expect(page.hasText(channel.code)).toBe(true)
    expect(page.findByText('保存到相册')).toBeDefined()
    expect(page.findByText('分享')).toBeDefined()
    // The table is asked again and lists the new channel; the backend has it too.
    expect(page.apiCalls('admin.channels.list')).toHaveLength(2)
    expect(tableRows(page)).toEqual([['2026 柯桥纺博会', '0', '0']])
    const stored = await asAdmin(backend, 'admin.channels.list', {})
    expect(stored.items.map((row) => row.code)).toEqual([channel.code])
  })

  test('a channel can lead to an article picked by title from the newest ones', async () => {
    const page = await open(ADMIN)
    await page.waitForText('还没有渠道')
    await page.settle()
    const newest: ArticleSummary[] = answerOf(page.apiCalls('articles.list')[0]).items
    const target = newest[1]

    await typeName(page, '展位 A12')
    await pickArticle(page, page.findAll('article-picker')[0], target.title)
    await page.waitFor(() => page.texts('article-picker__value')[0] === target.title, {
      message: 'the picked title is not shown',
    })
    expect(page.find('article-picker__option')).toBeUndefined() // the sheet closed
    await page.tap({ text: '生成二维码' })
    await page.waitForClass('channel-qr__image')
    await page.settle()

    const [create] = page.apiCalls('admin.channels.create')
    expect(create.data.payload).toEqual({ name: '展位 A12', articleId: target.id, envVersion: 'develop' })
    expect(answerOf(create).channel).toMatchObject({ page: 'pages/article/index', articleId: target.id })
    expect(page.hasText(`扫码打开：${target.title}`)).toBe(true)
  })

  test('an empty name asks for one and creates nothing', async () => {
    const page = await open(ADMIN)
    await page.waitForText('还没有渠道')
    await typeName(page, '   ')
    await page.tap({ text: '生成二维码' })
    await page.settle()

    expect(toasts(page)).toEqual(['请填写渠道名称'])
    expect(page.apiCalls('admin.channels.create')).toEqual([])
  })

  test('an article’s reads by entry: 聊天, 扫码, 海报, 朋友圈, 公众号, 小程序, 其他', async () => {
    const [, article] = await backend.articles()
    const scenes = [1007, 1008, 1047, 1154, 1035, 1001, 1001, 1001, 1129]
    for (const [i, scene] of scenes.entries())
      await visit({ action: 'articles.get', payload: { id: article.id, scene } }, `reader-${i}`)
    // A reader's second open the same day is no new read.
    await visit({ action: 'articles.get', payload: { id: article.id, scene: 1001 } }, 'reader-0')

    const page = await open(ADMIN)
    await page.waitForText('还没有渠道')
    await pickArticle(page, page.findAll('article-picker')[1], article.title)
    await page.waitFor(() => tableRows(page, 1).length === 7, { message: 'no breakdown table' })
    await page.settle()

    expect(page.apiCalls('admin.stats').map((call) => call.data.payload)).toEqual([{ articleId: article.id }])
    expect(tableRows(page, 1)).toEqual([
      ['聊天', '2'],
      ['扫码', '1'],
      ['海报', '0'],
      ['朋友圈', '1'],
      ['公众号', '1'],
      ['小程序', '3'],
      ['其他', '1'],
    ])
    expect(page.hasText(`文章「${article.title}」 · 阅读 9 · 读者 9`)).toBe(true)
  })

  test('tapping a channel’s row shows that channel’s reads by entry', async () => {
    const fair = await makeChannel(backend, { name: '2026 柯桥纺博会' })
    await visit({ action: 'channels.resolve', payload: { scene: fair.scene, enterScene: 1047 } }, 'reader-a')
    await visit({ action: 'channels.resolve', payload: { scene: fair.scene, enterScene: 1011 } }, 'reader-b')

    const page = await open(ADMIN)
    await page.waitForText('2026 柯桥纺博会')
    await page.tap(page.find('stats-table__row--link') as Element)
    await page.waitFor(() => tableRows(page, 1).length === 7, { message: 'no breakdown table' })

    expect(page.apiCalls('admin.stats').map((call) => call.data.payload)).toEqual([{ channel: fair.code }])
    expect(tableRows(page, 1)[1]).toEqual(['扫码', '2'])
    expect(page.hasText('渠道「2026 柯桥纺博会」 · 阅读 2 · 读者 2')).toBe(true)
  })
})
