import { asAdmin, makeChannel } from '../support/channels'
import { answerOf, openPage, type PageHandle, samplePerTest } from '../support/weapp'

const ARTICLE = 'pages/article/index'
/** WeChat's scene for a scanned mini-program code. */
const SCANNED = 1047
const CHAT = 1007
/** What the home list says when a scanned code leads nowhere. */
const CODE_EXPIRED = '二维码已失效，已为你打开首页'

const sample = samplePerTest()

/** Opened straight from a code, as WeChat does it: `scene` in the query, nothing below on the stack. */
const openScanned = (scene: string) =>
  openPage(ARTICLE, { backend: sample.backend, query: { scene }, scene: SCANNED, stackDepth: 1 })

const followBars = (page: PageHandle) => page.element.querySelectorAll('wx-official-account').length

/** The home list opened next, as the switch leaves it: the toasts it shows once it is on screen. */
async function toastsOnTheList(): Promise<unknown[]> {
  const list = await openPage('pages/index/index', { backend: sample.backend, storage: 'keep' })
  await list.waitForClass('article-card')
  await list.settle()
  return list.wx.of('showToast').map((call) => call.options.title)
}

describe('article page opened from an event QR code (compiled weapp)', () => {
  test.each([
    ['URL-encoded `c=<code>`', (code: string) => encodeURIComponent(`c=${code}`)],
    ['the bare code', (code: string) => code],
    ['encoded twice', (code: string) => encodeURIComponent(encodeURIComponent(`c=${code}`))],
  ])(
    '%s: one articles.get with the channel opens the article and counts the read for the channel',
    async (_label, sceneOf) => {
      const channel = await makeChannel(sample.backend, { name: '展位 A12', articleId: sample.article.id })
      const page = await openScanned(sceneOf(channel.code))
      await page.waitForClass('article-header__title')
      await page.settle()

      expect(page.texts('article-header__title')).toEqual([sample.article.title])
      expect(page.apiCalls().map((call) => call.data)).toEqual([
        { action: 'articles.get', payload: { channel: channel.code, scene: SCANNED } },
      ])
      expect(answerOf(page.apiCalls('articles.get')[0]).article.id).toBe(sample.article.id)
      expect(await asAdmin(sample.backend, 'admin.stats', { channel: channel.code })).toMatchObject({
        reads: 1,
        byEntry: { qrcode: 1 },
      })
      // Nothing below it on the stack: a way to the list, and the official account to follow.
      expect(page.texts('reading-bar__home')).toEqual(['首页'])
      expect(followBars(page)).toBe(1)
      expect(page.wx.navigations).toEqual([])
    },
  )

  test.each([
    ['an unknown (expired) code', 'NoSuchCode9', 1],
    ['a broken encoding', '%E4%ZZ%', 0],
    ['script in the scene', encodeURIComponent('<script>alert(1)</script>'), 0],
  ])(
    '%s lands on the home list, which says the code is no longer valid; never an error screen',
    async (_label, scene, calls) => {
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
      const page = await openScanned(scene)
      await page.waitFor(() => page.wx.navigations.length > 0, { message: 'stayed on the article page' })
      await page.settle()

      expect(page.wx.navigations).toEqual([
        expect.objectContaining({ api: 'switchTab', url: '/pages/index/index', ok: true }),
      ])
      expect(page.apiCalls('articles.get')).toHaveLength(calls)
      expect(page.hasText('加载失败')).toBe(false)
      expect(page.hasText('文章不存在')).toBe(false)
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/code/), expect.anything())

      // The list it switched to says why the reader is there, once it shows.
      expect(await toastsOnTheList()).toEqual([CODE_EXPIRED])
      warn.mockRestore()
    },
  )

  test('a code that points at the home list, opened on the article page: its scan recorded, the list opened, no toast', async () => {
    const channel = await makeChannel(sample.backend, { name: '2026 柯桥纺博会' })
    const page = await openScanned(channel.code)
    await page.waitFor(() => page.wx.navigations.length > 0, { message: 'stayed on the article page' })
    await page.settle()

    expect(page.wx.navigations).toEqual([expect.objectContaining({ api: 'switchTab', url: '/pages/index/index' })])
    expect(page.apiCalls().map((call) => call.data)).toEqual([
      { action: 'articles.get', payload: { channel: channel.code, scene: SCANNED } },
      { action: 'channels.resolve', payload: { scene: channel.code, enterScene: SCANNED } },
    ])
    expect(await asAdmin(sample.backend, 'admin.stats', { channel: channel.code })).toMatchObject({
      reads: 1,
      byEntry: { qrcode: 1 },
    })
    expect(await toastsOnTheList()).toEqual([])
  })

  test.each([
    ['a stray scene', { scene: encodeURIComponent('<script>') }],
    ['a scene too long to be a code', { scene: 'x'.repeat(300) }],
    ['a malformed channel', { channel: '../etc/passwd' }],
  ])('a valid id with %s opens its article, by id, with no word about codes', async (_label, junk) => {
    const page = await openPage(ARTICLE, {
      backend: sample.backend,
      query: { id: sample.article.id, ...junk },
      scene: CHAT,
      stackDepth: 1,
    })
    await page.waitForClass('article-header__title')
    await page.settle()

    expect(page.texts('article-header__title')).toEqual([sample.article.title])
    expect(page.apiCalls().map((call) => call.data.payload)).toEqual([{ id: sample.article.id, scene: CHAT }])
    expect(page.wx.navigations).toEqual([])
    expect(page.wx.of('showToast')).toEqual([])
  })

  test('an id beside a channel that leads nowhere: the channel asked first, then the article by id', async () => {
    const page = await openPage(ARTICLE, {
      backend: sample.backend,
      query: { id: sample.article.id, channel: 'GoneCode42' },
      scene: SCANNED,
      stackDepth: 2,
    })
    await page.waitForClass('article-header__title')
    await page.settle()

    expect(page.texts('article-header__title')).toEqual([sample.article.title])
    expect(page.apiCalls().map((call) => call.data.payload)).toEqual([
      { channel: 'GoneCode42', scene: SCANNED },
      { id: sample.article.id, scene: SCANNED },
    ])
    expect(page.wx.navigations).toEqual([])
  })

  test('the home list forwarding an article code: id and channel in the query, the read counted for the channel', async () => {
    const channel = await makeChannel(sample.backend, { name: '展位 B3', articleId: sample.article.id })
    const page = await openPage(ARTICLE, {
      backend: sample.backend,
      query: { id: sample.article.id, channel: channel.code },
      scene: SCANNED,
      stackDepth: 2,
    })
    await page.waitForClass('article-header__title')
    await page.settle()
    expect(page.apiCalls().map((call) => call.data.payload)).toEqual([{ channel: channel.code, scene: SCANNED }])
    expect(page.find('reading-bar__home')).toBeUndefined()
  })

  test('opened from a chat card: no follow bar, and a wrong id lands on 文章不存在 with a way home', async () => {
    const page = await openPage(ARTICLE, {
      backend: sample.backend,
      query: { id: 'gone-article' },
      scene: CHAT,
      stackDepth: 1,
    })
    await page.waitForText('文章不存在')
    expect(followBars(page)).toBe(0)
    expect(page.wx.navigations).toEqual([])
    await page.tap({ text: '返回首页' })
    expect(page.wx.navigations).toEqual([expect.objectContaining({ api: 'switchTab', url: '/pages/index/index' })])
  })
})

test('from Moments into the full app (scene 1155): a normal open, with 首页 and 海报, no single-page hint', async () => {
  const page = await openPage(ARTICLE, {
    backend: sample.backend,
    query: { id: sample.article.id },
    scene: 1155,
    stackDepth: 1,
  })
  await page.waitForClass('article-header__title')
  expect(page.texts('reading-bar__home')).toEqual(['首页'])
  expect(page.texts('reading-bar__poster')).toEqual(['海报'])
  expect(page.find('single-page-hint')).toBeUndefined()
  expect(followBars(page)).toBe(0)
})

describe('share objects of the detail (compiled weapp)', () => {
  test('a chat card with the title, the cover cropped to 5:4 and a path that opens the article; Moments with a query', async () => {
    const withCover = (await sample.backend.articles()).find((item) => item.cover?.startsWith('/media/'))
    if (!withCover?.cover) throw new Error('the seed has no article with a local cover')
    const page = await openPage(ARTICLE, { backend: sample.backend, query: { id: withCover.id }, scene: CHAT })
    await page.waitForClass('article-header__title')

    const name = withCover.cover.slice('/media/'.length)
    expect(page.shareAppMessage()).toEqual({
      title: withCover.title,
      path: `/pages/article/index?id=${withCover.id}`,
      imageUrl: `/media/c/500x400/${name}`,
    })
    expect(page.shareTimeline()).toEqual({
      title: withCover.title,
      query: `id=${withCover.id}`,
      imageUrl: withCover.cover,
    })
  })

  test('opened from a code, the share points at the article by id, not at the code', async () => {
    const channel = await makeChannel(sample.backend, { name: '展位 C7', articleId: sample.article.id })
    const page = await openScanned(channel.code)
    await page.waitForClass('article-header__title')
    expect(page.shareAppMessage()).toEqual(
      expect.objectContaining({ path: `/pages/article/index?id=${sample.article.id}` }),
    )
    expect(page.shareTimeline()).toEqual(expect.objectContaining({ query: `id=${sample.article.id}` }))
  })
})
