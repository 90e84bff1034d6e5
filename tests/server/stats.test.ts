import { posterChannelCode } from '../../server/core/channel-code'
import type { Payload } from '../../src/contract/api'
import {
  ADMIN,
  createTestBackend,
  makeArticle,
  STORE_KINDS,
  undrawnQrCodes,
  type TestBackend,
} from '../support/backend'

describe.each(STORE_KINDS)('admin.stats on %s', (kind) => {
  let backend: TestBackend
  /** The handlers' clock, moved by the tests. */
  let now: Date
  beforeEach(async () => {
    now = new Date('2026-11-27T02:00:00Z') // 10:00 in China
    backend = await createTestBackend({
      kind,
      articles: [makeArticle(1), makeArticle(2)],
      now: () => now,
      qrcode: undrawnQrCodes,
    })
  })
  afterEach(() => backend.close())

  const stats = (payload: Payload<'admin.stats'> = {}) => backend.data('admin.stats', payload, ADMIN)
  const read = (payload: Payload<'articles.get'>, openid: string | null = null) =>
    backend.data('articles.get', payload, openid)

  it('counts reads and readers by entry, by event channel and by day; a poster’s scans under poster', async () => {
    const { channel: expo } = await backend.data(
      'admin.channels.create',
      { name: '纺博会', articleId: 'article-0001' },
      ADMIN,
    )
    const { channel: hall } = await backend.data('admin.channels.create', { name: '会刊' }, ADMIN)
    await backend.data('articles.code', { id: 'article-0002' }, 'reader-1')
    const poster = posterChannelCode('article-0002')

    await read({ channel: expo.code, scene: 1047 }, 'r1')
    await read({ channel: expo.code, scene: 1048 }, 'r2')
    await read({ id: 'article-0001', scene: 1007 }, 'r3')
    await read({ id: 'article-0002', scene: 1154 })
    // A poster's code is scanned from an album or a chat: poster, whatever the scene.
    await read({ channel: poster, scene: 1011 }, 'r4')
    await read({ channel: poster, scene: 1007 }, 'r5')
    await backend.data('channels.resolve', { scene: hall.scene, enterScene: 1047 }, 'r1')

    const answer = await stats()
    expect(answer).toMatchObject({
      reads: 7,
      // r1 opened two things today: one reader.
      readers: 5,
      byEntry: { chat: 1, qrcode: 3, poster: 2, moments: 1, oa: 0, app: 0, other: 0 },
    })
    expect(answer.byChannel).toEqual([
      { channel: expo.code, name: '纺博会', reads: 2, readers: 2 },
      { channel: hall.code, name: '会刊', reads: 1, readers: 1 },
    ])
    expect(answer.byDay).toHaveLength(30)
    expect(answer.byDay[0]).toEqual({ day: '2026-10-29', reads: 0, readers: 0 })
    expect(answer.byDay[29]).toEqual({ day: '2026-11-27', reads: 7, readers: 5 })

    expect(await stats({ articleId: 'article-0002' })).toMatchObject({
      reads: 3,
      readers: 2,
      byEntry: { moments: 1, poster: 2 },
      byChannel: [],
    })
    expect(await stats({ channel: expo.code })).toMatchObject({
      reads: 2,
      readers: 2,
      byEntry: { qrcode: 2 },
      byChannel: [{ channel: expo.code, name: '纺博会', reads: 2, readers: 2 }],
    })
    // A poster's own figures, without it ever showing as a channel.
    expect(await stats({ channel: poster })).toMatchObject({ reads: 2, byEntry: { poster: 2 }, byChannel: [] })
    expect(await stats({ articleId: 'article-0001', channel: expo.code })).toMatchObject({ reads: 2, readers: 2 })
    // A channel asked for is named even when it brought nothing.
    expect(await stats({ articleId: 'article-0002', channel: expo.code })).toMatchObject({
      reads: 0,
      byChannel: [{ channel: expo.code, name: '纺博会', reads: 0, readers: 0 }],
    })
  })

  it('cuts days at midnight in China, whatever the server’s zone', async () => {
    now = new Date('2026-11-26T15:59:59Z') // 23:59:59 on the 26th in China
    await read({ id: 'article-0001' }, 'night-owl')
    now = new Date('2026-11-26T16:00:00Z') // 00:00 on the 27th
    await read({ id: 'article-0001' }, 'night-owl')
    now = new Date('2026-11-27T15:00:00Z')

    expect((await stats({ from: '2026-11-26', to: '2026-11-27' })).byDay).toEqual([
      { day: '2026-11-26', reads: 1, readers: 1 },
      { day: '2026-11-27', reads: 1, readers: 1 },
    ])
    expect(await stats({ from: '2026-11-27', to: '2026-11-27' })).toMatchObject({ reads: 1, readers: 1 })
    // Readers over several days: each day's readers, summed (DESIGN.md).
    expect(await stats({ from: '2026-11-26', to: '2026-11-27' })).toMatchObject({ reads: 2, readers: 2 })
  })

  it('defaults to the 30 days up to today, and takes any range up to 366 days', async () => {
    await read({ id: 'article-0001' }, 'r1')
    now = new Date('2027-01-15T02:00:00Z')
    expect(await stats()).toMatchObject({ reads: 0, byDay: expect.any(Array) })
    const year = await stats({ from: '2026-01-16', to: '2027-01-16' })
    expect(year.byDay).toHaveLength(366)
    expect(year).toMatchObject({ reads: 1, readers: 1 })
    expect(year.byDay.find((day) => day.reads > 0)).toEqual({ day: '2026-11-27', reads: 1, readers: 1 })
    expect((await stats({ to: '2026-11-27' })).byDay.map((day) => day.day).slice(-2)).toEqual([
      '2026-11-26',
      '2026-11-27',
    ])
  })

  it.each([
    ['a day that does not exist', { from: '2026-02-30' }],
    ['a day without its zeros', { to: '2026-1-5' }],
    ['a word', { from: 'yesterday' }],
    ['a number', { to: 20261127 }],
    ['a time', { from: '2026-11-27T00:00:00Z' }],
    ['from after to', { from: '2026-11-28', to: '2026-11-27' }],
    ['367 days', { from: '2025-11-26', to: '2026-11-27' }],
    ['a malformed channel', { channel: '../x' }],
  ])('refuses %s with INVALID_ARGUMENT in Chinese', async (_label, payload) => {
    expect(await backend.call('admin.stats', payload, ADMIN)).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/[\u4e00-\u9fff]/) },
    })
  })
})
