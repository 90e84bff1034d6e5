import * as fc from 'fast-check'
import jsQR from 'jsqr'
import { readFileSync } from 'node:fs'
import { PNG } from 'pngjs'
import { newChannelCode, posterChannelCode } from '../../server/core/channel-code'
import { channelOfScene, SCENE_PATTERN } from '../../src/contract/rules'
import { ADMIN, createTestBackend, makeArticle, STORE_KINDS, type TestBackend } from '../support/backend'

describe('channel codes and scenes', () => {
  it('makes codes that fit WeChat’s scene rule and the id pattern', () => {
    for (let i = 0; i < 1000; i++) {
      const code = newChannelCode()
      expect(code).toMatch(SCENE_PATTERN)
      expect(code).toMatch(/^[A-Za-z0-9]{8}$/)
    }
  })

  it('round-trips every code through options.scene, URL-encoded or not', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/), (code) => {
        expect(code.length).toBeLessThanOrEqual(32)
        expect(channelOfScene(code)).toBe(code)
        expect(channelOfScene(encodeURIComponent(code))).toBe(code)
        expect(channelOfScene(encodeURIComponent(`c=${code}`))).toBe(code)
      }),
    )
  })

  it('gives each article one poster code, within the scene rule and never the shape of a random code', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), (articleId) => {
        const code = posterChannelCode(articleId)
        expect(code).toBe(posterChannelCode(articleId))
        expect(code).toMatch(SCENE_PATTERN)
        expect(code).toMatch(/^[A-Za-z0-9]{10}$/)
        expect(channelOfScene(encodeURIComponent(code))).toBe(code)
      }),
    )
  })

  it.each(['', '%E0%A4%A', 'a'.repeat(33), '<script>', '中文渠道', '%25%25%25', 'a b'])(
    'finds no channel in the malformed scene %p',
    (scene) => {
      expect(channelOfScene(scene)).toBeNull()
    },
  )
})

describe.each(STORE_KINDS)('channels and stats on %s', (kind) => {
  let backend: TestBackend
  beforeEach(async () => {
    backend = await createTestBackend({ kind, articles: [makeArticle(1), makeArticle(2)] })
  })
  afterEach(() => backend.close())

  const create = (payload: object) => backend.data('admin.channels.create', payload as never, ADMIN)

  it('creates an article channel whose local QR code is a real, scannable PNG of its scene', async () => {
    const { channel, qrcode } = await create({ name: '2026 柯桥纺博会', articleId: 'article-0002' })
    expect(channel).toEqual({
      code: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
      name: '2026 柯桥纺博会',
      scene: channel.code,
      page: 'pages/article/index',
      articleId: 'article-0002',
    })
    expect(qrcode).toEqual({ url: `/media/qrcodes/${channel.code}.png`, localStandIn: true })

    const file = readFileSync(`${backend.mediaRoot}/qrcodes/${channel.code}.png`)
    const png = PNG.sync.read(file)
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(decoded?.data).toBe(`http://127.0.0.1:8080/#/pages/article/index?scene=${channel.code}`)
  })

  it('resolves a scanned scene to its target in one call, and a home code records its open', async () => {
    const article = await create({ name: '展位海报', articleId: 'article-0001' })
    const home = await create({ name: '会刊广告' })
    expect(home.channel.page).toBe('pages/index/index')

    expect(await backend.data('channels.resolve', { scene: encodeURIComponent(article.channel.scene) })).toEqual({
      page: 'article',
      articleId: 'article-0001',
      channel: article.channel.code,
    })
    expect(backend.visits()).toEqual([])

    expect(
      await backend.data('channels.resolve', { scene: home.channel.scene, enterScene: 1047 }, 'visitor-1'),
    ).toEqual({
      page: 'home',
      channel: home.channel.code,
    })
    expect(backend.visits()).toEqual([
      expect.objectContaining({
        articleId: null,
        openid: 'visitor-1',
        scene: 1047,
        entry: 'qrcode',
        channel: home.channel.code,
      }),
    ])
  })

  it.each(['', 'nope1234', '%%%', 'a'.repeat(200)])(
    'opens the home list for the unknown or malformed scene %p',
    async (scene) => {
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
      expect(await backend.data('channels.resolve', { scene })).toEqual({ page: 'home' })
      warn.mockRestore()
    },
  )

  it('counts reads and distinct readers per article, entry and channel', async () => {
    const expo = await create({ name: '纺博会', articleId: 'article-0001' })
    const fair = await create({ name: '会刊', articleId: 'article-0001' })
    await backend.data('articles.get', { channel: expo.channel.code, scene: 1047 }, 'r1')
    await backend.data('articles.get', { channel: expo.channel.code, scene: 1047 }, 'r1')
    await backend.data('articles.get', { channel: expo.channel.code, scene: 1048 }, 'r2')
    await backend.data('articles.get', { id: 'article-0001', scene: 1007 }, 'r3')
    await backend.data('articles.get', { id: 'article-0002', scene: 1154 })

    expect(await backend.data('admin.stats', {}, ADMIN)).toEqual({
      reads: 5,
      readers: 3,
      byEntry: { chat: 1, qrcode: 3, moments: 1, oa: 0, app: 0, other: 0 },
      byChannel: expect.arrayContaining([
        { channel: expo.channel.code, name: '纺博会', reads: 3, readers: 2 },
        { channel: fair.channel.code, name: '会刊', reads: 0, readers: 0 },
      ]),
    })
    expect(await backend.data('admin.stats', { articleId: 'article-0002' }, ADMIN)).toMatchObject({
      reads: 1,
      readers: 0,
      byEntry: { moments: 1 },
    })
    expect(await backend.data('admin.stats', { channel: expo.channel.code }, ADMIN)).toMatchObject({
      reads: 3,
      readers: 2,
      byChannel: [{ channel: expo.channel.code, reads: 3, readers: 2 }],
    })
  })

  it('keeps the channel operators out of readers’ reach', async () => {
    for (const [action, payload] of [
      ['admin.channels.create', { name: '冒充' }],
      ['admin.stats', {}],
    ] as const)
      expect(await backend.call(action, payload, 'reader-1')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it.each([
    ['no name', { name: '' }],
    ['a 41-character name', { name: '展'.repeat(41) }],
    ['an unknown article', { name: '展会', articleId: 'no-such' }],
    ['a bad version', { name: '展会', envVersion: 'beta' }],
  ])('refuses a channel with %s and writes nothing', async (_label, payload) => {
    const before = backend.snapshot()
    const answer = await backend.call('admin.channels.create', payload, ADMIN)
    expect(answer.ok).toBe(false)
    expect(backend.snapshot()).toEqual(before)
  })

  describe('a share poster’s code (articles.code)', () => {
    it('is made once per article for any reader; a scan of it counts as a read through the 文章海报 channel', async () => {
      const first = await backend.data('articles.code', { id: 'article-0001' }, 'reader-1')
      const code = posterChannelCode('article-0001')
      expect(first).toMatchObject({ url: `/media/qrcodes/${code}.png`, scene: code, localStandIn: true })
      const png = PNG.sync.read(readFileSync(`${backend.mediaRoot}/qrcodes/${code}.png`))
      expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(
        `http://127.0.0.1:8080/#/pages/article/index?scene=${code}`,
      )

      // A guest asks again: the same code, nothing new stored.
      const before = backend.snapshot()
      expect(await backend.data('articles.code', { id: 'article-0001' })).toEqual(first)
      expect(backend.snapshot()).toEqual(before)

      const read = await backend.data('articles.get', { channel: code, scene: 1047 }, 'scanner-1')
      expect(read.article.id).toBe('article-0001')
      expect(await backend.data('admin.stats', { channel: code }, ADMIN)).toMatchObject({
        reads: 1,
        byEntry: { qrcode: 1 },
      })
      const { byChannel } = await backend.data('admin.stats', {}, ADMIN)
      expect(byChannel.filter((row) => row.channel === code)).toEqual([
        { channel: code, name: '文章海报', reads: 1, readers: 1 },
      ])
    })

    it.each([
      ['an unknown article', { id: 'no-such' }],
      ['a malformed id', { id: '../etc' }],
      ['a bad version', { id: 'article-0001', envVersion: 'beta' }],
      ['no id', {}],
    ])('refuses %s and makes nothing', async (_label, payload) => {
      const before = backend.snapshot()
      expect((await backend.call('articles.code', payload, 'reader-1')).ok).toBe(false)
      expect(backend.snapshot()).toEqual(before)
    })
  })
})
