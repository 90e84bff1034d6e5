import { asAdmin, makeChannel } from '../support/channels'
import { answerOf, createCloudBackend, openPage, type CloudBackend, type PageHandle } from '../support/weapp'

const LIST = 'pages/index/index'
/** WeChat's scene for a scanned mini-program code. */
const SCANNED = 1047

let backend: CloudBackend
beforeEach(async () => {
  backend = await createCloudBackend()
})
afterEach(() => backend.close())

/** Opened the way WeChat opens the home list from a code: `scene` in the query, as received. */
const openScanned = (scene: string, from: CloudBackend = backend) =>
  openPage(LIST, { backend: from, query: { scene }, scene: SCANNED })

async function cards(page: PageHandle) {
  await page.waitForClass('article-card')
  return page.texts('article-card__title')
}

describe('home list opened from an event QR code (compiled weapp)', () => {
  test('a home channel: the list loads as usual, and channels.resolve records the scan with the raw scene', async () => {
    const channel = await makeChannel(backend, { name: '2026 柯桥纺博会' })
    // A hand-made code's scene `c=<code>`, URL-encoded as WeChat hands it over.
    const scene = encodeURIComponent(`c=${channel.code}`)
    const page = await openScanned(scene)
    const titles = await cards(page)
    await page.settle()

    expect(page.apiCalls().map((call) => call.data.action)).toEqual(['articles.list', 'channels.resolve'])
    expect(titles).toEqual(answerOf(page.apiCalls('articles.list')[0]).items.map((item) => item.title))
    const [resolve] = page.apiCalls('channels.resolve')
    expect(resolve.data.payload).toEqual({ scene, enterScene: SCANNED })
    expect(answerOf(resolve)).toEqual({ page: 'home', channel: channel.code })
    expect(page.wx.navigations).toEqual([])
    // A code that works says nothing: the reader is where it meant to take them.
    expect(page.wx.of('showToast')).toEqual([])
    expect(await asAdmin(backend, 'admin.stats', { channel: channel.code })).toMatchObject({
      reads: 1,
      byEntry: { qrcode: 1 },
    })
  })

  test('the list is not held back: its cards show while channels.resolve is still unanswered', async () => {
    const channel = await makeChannel(backend, { name: '2026 柯桥纺博会' })
    let answerResolve = () => {}
    const resolveHeld = new Promise<void>((resolve) => (answerResolve = resolve))
    const slowResolve: CloudBackend = Object.create(backend, {
      dispatch: {
        value: async (body: { action?: string }, openid?: string | null) => {
          if (body.action === 'channels.resolve') await resolveHeld
          return backend.dispatch(body, openid)
        },
      },
    })
    const page = await openScanned(channel.code, slowResolve)

    expect((await cards(page)).length).toBeGreaterThan(1)
    expect(page.apiCalls()[0].data.action).toBe('articles.list')
    expect(page.apiCalls('channels.resolve')).toEqual([expect.objectContaining({ settled: false })])

    answerResolve()
    await page.settle()
    expect(page.wx.navigations).toEqual([])
    expect(page.findAll('article-card').length).toBeGreaterThan(1)
  })

  test('an article channel opens its article with the channel, after the list has been asked for', async () => {
    const [article] = await backend.articles()
    const channel = await makeChannel(backend, { name: '展位 A12', articleId: article.id })
    const page = await openScanned(channel.code)
    await page.waitFor(() => page.wx.navigations.length > 0, { message: 'no navigation to the article' })

    expect(page.wx.navigations).toEqual([
      expect.objectContaining({
        api: 'navigateTo',
        url: `/pages/article/index?id=${article.id}&channel=${channel.code}`,
        ok: true,
      }),
    ])
    expect(page.apiCalls().map((call) => call.data.action)).toEqual(['articles.list', 'channels.resolve'])
  })

  test.each([
    ['an unknown code', 'NoSuchCode9'],
    ['a broken encoding', '%E4%ZZ%'],
    ['script in the scene', encodeURIComponent('<script>alert(1)</script>')],
    ['a scene far too long for WeChat', 'x'.repeat(300)],
  ])(
    '%s leaves the reader on the list, told the code is no longer valid; no error, no navigation; logged',
    async (_label, scene) => {
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
      const page = await openScanned(scene)
      const titles = await cards(page)
      await page.settle()

      expect(titles.length).toBeGreaterThan(1)
      expect(page.apiCalls('channels.resolve')).toHaveLength(1)
      expect(page.wx.navigations).toEqual([])
      expect(page.wx.of('showToast').map((call) => call.options.title)).toEqual(['二维码已失效，已为你打开首页'])
      expect(page.hasText('加载失败')).toBe(false)
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/scene/), expect.anything())
      warn.mockRestore()
    },
  )
})
