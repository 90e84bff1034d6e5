import * as fc from 'fast-check'
import jsQR from 'jsqr'
import { readFileSync } from 'node:fs'
import { PNG } from 'pngjs'
import { newChannelCode, posterChannelCode } from '../../server/core/channel-code'
import type { Payload } from '../../src/contract/api'
import { channelOfScene, SCENE_PATTERN } from '../../src/contract/rules'
import {
  ADMIN,
  createTestBackend,
  makeArticle,
  STORE_KINDS,
  undrawnQrCodes,
  type TestBackend,
} from '../support/backend'

/** pngjs draws a code in seconds under jest (milliseconds under node): the tests that scan one get this long. */
const DRAWING_TIMEOUT = 30_000

/** A backend's data but its rate-limit counters, which every articles.code call takes from. */
const withoutQuotas = (snapshot: unknown) => ({ ...(snapshot as Record<string, unknown>), quotas: undefined })

/** What a phone's camera reads from a stored code's picture. */
function scanned(file: string) {
  const png = PNG.sync.read(readFileSync(file))
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}

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

describe.each(STORE_KINDS)('channels on %s', (kind) => {
  let backend: TestBackend
  const articles = [makeArticle(1), makeArticle(2), makeArticle(3)]
  beforeEach(async () => {
    // Drawing a code takes seconds under jest: only the tests that scan one draw it.
    backend = await createTestBackend({ kind, articles, qrcode: undrawnQrCodes })
  })
  afterEach(() => backend.close())

  const create = (payload: Payload<'admin.channels.create'>) => backend.data('admin.channels.create', payload, ADMIN)
  const update = (payload: Payload<'admin.channels.update'>) => backend.data('admin.channels.update', payload, ADMIN)
  const list = (payload: Payload<'admin.channels.list'> = {}) => backend.data('admin.channels.list', payload, ADMIN)

  it(
    'creates an article channel whose local QR code is a real, scannable PNG of its scene',
    async () => {
      await backend.close()
      backend = await createTestBackend({ kind, articles })
      const { channel, qrcode } = await create({ name: '2026 柯桥纺博会', articleId: 'article-0002' })
      expect(channel).toEqual({
        code: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
        name: '2026 柯桥纺博会',
        kind: 'event',
        scene: channel.code,
        page: 'pages/article/index',
        articleId: 'article-0002',
        archived: false,
        createdAt: '2026-11-27T10:00:00.000Z',
      })
      expect(qrcode).toEqual({ url: `/media/qrcodes/${channel.code}.png`, localStandIn: true })
      expect(scanned(`${backend.mediaRoot}/qrcodes/${channel.code}.png`)).toBe(
        `http://127.0.0.1:8080/#/pages/article/index?scene=${channel.code}`,
      )
    },
    DRAWING_TIMEOUT,
  )

  it('resolves a scanned scene to its target in one call, and a home code records its open', async () => {
    const article = await create({ name: '展位海报', articleId: 'article-0001' })
    const home = await create({ name: '会刊广告' })
    expect(home.channel).toMatchObject({ page: 'pages/index/index', kind: 'event', archived: false })
    expect(home.channel).not.toHaveProperty('articleId')

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

  it('lists event channels newest first, paged, with each one’s reads and readers; archived ones apart', async () => {
    let tick = 0
    const clocked = await createTestBackend({
      kind,
      articles: [makeArticle(1)],
      now: () => new Date(Date.UTC(2026, 10, 27, 10, 0, tick++)),
      qrcode: undrawnQrCodes,
    })
    const made: string[] = []
    for (const name of ['A 馆入口', 'B 馆入口', 'C 馆入口', '会刊', '停车场'])
      made.push((await clocked.data('admin.channels.create', { name, articleId: 'article-0001' }, ADMIN)).channel.code)
    await clocked.data('articles.code', { id: 'article-0001' }, 'reader-1')
    await clocked.data('articles.get', { channel: made[1], scene: 1047 }, 'reader-1')
    await clocked.data('articles.get', { channel: made[1], scene: 1047 }, 'reader-2')
    await clocked.data('admin.channels.update', { code: made[4], archived: true }, ADMIN)

    const first = await clocked.data('admin.channels.list', { pageSize: 2 }, ADMIN)
    expect(first.items.map((item) => item.name)).toEqual(['会刊', 'C 馆入口'])
    const second = await clocked.data('admin.channels.list', { pageSize: 2, cursor: first.nextCursor as string }, ADMIN)
    expect(second.items).toEqual([
      expect.objectContaining({ name: 'B 馆入口', kind: 'event', reads: 2, readers: 2, archived: false }),
      expect.objectContaining({ name: 'A 馆入口', reads: 0, readers: 0 }),
    ])
    expect(second.nextCursor).toBeNull()
    expect((await clocked.data('admin.channels.list', { archived: true }, ADMIN)).items).toEqual([
      expect.objectContaining({ code: made[4], name: '停车场', archived: true }),
    ])
    await clocked.close()
  })

  it('renames and re-points a printed code: the same scene then opens the new target', async () => {
    const { channel } = await create({ name: 'A 馆入口', articleId: 'article-0001' })
    expect(await update({ code: channel.code, name: 'A 馆主入口', articleId: 'article-0003' })).toEqual({
      channel: { ...channel, name: 'A 馆主入口', articleId: 'article-0003' },
    })
    expect(await backend.data('channels.resolve', { scene: channel.scene })).toMatchObject({
      page: 'article',
      articleId: 'article-0003',
    })
    const read = await backend.data('articles.get', { channel: channel.code, scene: 1047 }, 'reader-1')
    expect(read.article.id).toBe('article-0003')

    // null: the home list. The code still opens the article page (its printed page); the app then asks resolve.
    const { channel: home } = await update({ code: channel.code, articleId: null })
    const { articleId: _target, ...printed } = channel
    expect(home).toEqual({ ...printed, name: 'A 馆主入口' })
    expect(await backend.call('articles.get', { channel: channel.code })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    })
    expect(await backend.data('channels.resolve', { scene: channel.scene })).toEqual({
      page: 'home',
      channel: channel.code,
    })
  })

  it('archives a code: it then opens the home list as an unknown one would, and can be brought back', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { channel } = await create({ name: '旧展会', articleId: 'article-0001' })
    expect((await update({ code: channel.code, archived: true })).channel.archived).toBe(true)
    const before = backend.visits().length

    expect(await backend.data('channels.resolve', { scene: channel.scene })).toEqual({ page: 'home' })
    expect(await backend.call('articles.get', { channel: channel.code, scene: 1047 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '二维码已失效' },
    })
    expect(backend.visits()).toHaveLength(before)
    expect((await list()).items).toEqual([])

    expect((await update({ code: channel.code, archived: false })).channel.archived).toBe(false)
    expect(await backend.data('channels.resolve', { scene: channel.scene })).toMatchObject({ page: 'article' })
    warn.mockRestore()
  })

  it('gives a stored code again: a fresh URL of the same image', async () => {
    const { channel, qrcode } = await create({ name: '会刊广告' })
    expect(await backend.data('admin.channels.qrcode', { code: channel.code }, ADMIN)).toEqual(qrcode)
    expect(await backend.call('admin.channels.qrcode', { code: 'nope1234' }, ADMIN)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('keeps the channel actions out of readers’ reach', async () => {
    const { channel } = await create({ name: '展会' })
    for (const [action, payload] of [
      ['admin.channels.create', { name: '冒充' }],
      ['admin.channels.list', {}],
      ['admin.channels.update', { code: channel.code, name: '冒充' }],
      ['admin.channels.qrcode', { code: channel.code }],
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

  describe('admin.channels.update refuses, and changes nothing,', () => {
    let code: string
    beforeEach(async () => {
      code = (await create({ name: '展会', articleId: 'article-0001' })).channel.code
    })

    it.each([
      ['no change', () => ({ code }), 'INVALID_ARGUMENT'],
      ['an empty name', () => ({ code, name: ' ' }), 'INVALID_ARGUMENT'],
      ['a 41-character name', () => ({ code, name: '展'.repeat(41) }), 'INVALID_ARGUMENT'],
      ['archived as text', () => ({ code, archived: 'yes' }), 'INVALID_ARGUMENT'],
      ['a malformed article id', () => ({ code, articleId: '../x' }), 'INVALID_ARGUMENT'],
      ['an unknown article', () => ({ code, articleId: 'no-such' }), 'NOT_FOUND'],
      ['an unknown code', () => ({ code: 'nope1234', name: '展会' }), 'NOT_FOUND'],
      ['a poster’s code', () => ({ code: posterChannelCode('article-0001'), name: '改名' }), 'INVALID_ARGUMENT'],
    ])('for %s', async (_label, payload, expected) => {
      await backend.data('articles.code', { id: 'article-0001' }, 'reader-1')
      const before = backend.snapshot()
      expect(await backend.call('admin.channels.update', payload(), ADMIN)).toEqual({
        ok: false,
        error: { code: expected, message: expect.stringMatching(/[\u4e00-\u9fff]/) },
      })
      expect(backend.snapshot()).toEqual(before)
    })
  })

  describe('a share poster’s code (articles.code)', () => {
    it(
      'is made once per article for any reader, as a channel of kind poster kept out of the event channels',
      async () => {
        await backend.close()
        backend = await createTestBackend({ kind, articles })
        const first = await backend.data('articles.code', { id: 'article-0001' }, 'reader-1')
        const code = posterChannelCode('article-0001')
        expect(first).toMatchObject({ url: `/media/qrcodes/${code}.png`, scene: code, localStandIn: true })
        expect(scanned(`${backend.mediaRoot}/qrcodes/${code}.png`)).toBe(
          `http://127.0.0.1:8080/#/pages/article/index?scene=${code}`,
        )
        expect(await backend.store.findChannel(code)).toMatchObject({ kind: 'poster', articleId: 'article-0001' })

        // A guest asks again: the same code, and nothing new stored besides the guests' rate counter.
        const before = withoutQuotas(backend.snapshot())
        expect(await backend.data('articles.code', { id: 'article-0001' })).toEqual(first)
        expect(withoutQuotas(backend.snapshot())).toEqual(before)

        await create({ name: '展会' })
        expect((await list()).items.map((item) => item.kind)).toEqual(['event'])
      },
      DRAWING_TIMEOUT,
    )

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
