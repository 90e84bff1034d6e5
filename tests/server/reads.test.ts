import { posterChannelCode } from '../../server/core/channel-code'
import type { Payload, Stats } from '../../src/contract/api'
import {
  ADMIN,
  createTestBackend,
  makeArticle,
  STORE_KINDS,
  undrawnQrCodes,
  type TestBackend,
} from '../support/backend'

const articles = [makeArticle(1), makeArticle(2), makeArticle(3)]

describe.each(STORE_KINDS)('honest read counts on %s', (kind) => {
  let backend: TestBackend
  let now: Date
  beforeEach(async () => {
    now = new Date('2026-11-27T02:00:00Z')
    backend = await createTestBackend({ kind, articles, now: () => now, qrcode: undrawnQrCodes })
  })
  afterEach(() => backend.close())

  const open = (id: string, openid: string | null = null) => backend.data('articles.get', { id, scene: 1007 }, openid)

  it('counts a reader’s repeated opens of one article on one China day as one read, and records every open', async () => {
    const first = await open('article-0001', 'reader-1')
    expect(first.article.readCount).toBe((articles[0].readCount as number) + 1)
    expect((await open('article-0001', 'reader-1')).article.readCount).toBe(first.article.readCount)
    now = new Date('2026-11-27T15:59:00Z') // still the 27th in China
    expect((await open('article-0001', 'reader-1')).article.readCount).toBe(first.article.readCount)
    expect(backend.visits().filter((visit) => visit.openid === 'reader-1')).toHaveLength(3)

    now = new Date('2026-11-27T16:00:00Z') // the 28th in China: a new read
    expect((await open('article-0001', 'reader-1')).article.readCount).toBe(first.article.readCount + 1)
    // Another article the same day is another read, by the same reader.
    await open('article-0002', 'reader-1')
    expect(await backend.data('admin.stats', { from: '2026-11-28', to: '2026-11-28' }, ADMIN)).toMatchObject({
      reads: 2,
      readers: 1,
    })
  })

  it('counts every open without an openid (single-page mode), with no reader', async () => {
    const first = await open('article-0003')
    expect((await open('article-0003')).article.readCount).toBe(first.article.readCount + 1)
    expect(await backend.data('admin.stats', {}, ADMIN)).toMatchObject({ reads: 2, readers: 0, byEntry: { chat: 2 } })
  })

  it('counts a home code’s scans once a day per reader too', async () => {
    const { channel } = await backend.data('admin.channels.create', { name: '会刊广告' }, ADMIN)
    for (const openid of ['a', 'b', 'a', null, null])
      await backend.data('channels.resolve', { scene: channel.scene, enterScene: 1047 }, openid)
    expect(backend.visits().filter((visit) => visit.channel === channel.code)).toHaveLength(5)
    expect(await backend.data('admin.stats', { channel: channel.code }, ADMIN)).toMatchObject({
      reads: 4,
      readers: 2,
      byEntry: { qrcode: 4 },
    })
  })
})

/**
 * The same visits on every store, at several times, through codes and
 * without: the counts must be the same numbers whichever store keeps them.
 */
describe('the same reads counted by every store', () => {
  async function replay(kind: (typeof STORE_KINDS)[number]) {
    let now = new Date('2026-11-20T01:00:00Z')
    const backend = await createTestBackend({ kind, articles, now: () => now, qrcode: undrawnQrCodes })
    const event = async (payload: Payload<'admin.channels.create'>) =>
      (await backend.data('admin.channels.create', payload, ADMIN)).channel.code
    const expo = await event({ name: '纺博会 A 馆', articleId: 'article-0001' })
    const hall = await event({ name: '会刊' })
    await backend.data('articles.code', { id: 'article-0002' }, 'maker')
    const poster = posterChannelCode('article-0002')
    const readers = ['r1', 'r2', 'r3', 'r4', null]
    for (let step = 0; step < 60; step++) {
      now = new Date(now.getTime() + 97 * 60_000) // across days, and across China's midnight
      const openid = readers[step % readers.length]
      const scene = [1007, 1047, 1154, 1035, 1001, 1011][step % 6]
      if (step % 11 === 0) await backend.data('articles.get', { channel: poster, scene }, openid)
      else if (step % 7 === 0) await backend.data('channels.resolve', { scene: hall, enterScene: scene }, openid)
      else if (step % 5 === 0) await backend.data('articles.get', { channel: expo, scene }, openid)
      else await backend.data('articles.get', { id: articles[step % 3].id, scene }, openid)
      if (step === 30) await backend.data('admin.channels.update', { code: expo, articleId: 'article-0003' }, ADMIN)
    }
    const range = { from: '2026-11-19', to: '2026-11-23' }
    const answers: Stats[] = []
    for (const filter of [{}, { articleId: 'article-0001' }, { channel: expo }, { channel: hall }])
      answers.push(await backend.data('admin.stats', { ...filter, ...range }, ADMIN))
    // Made at the same instant, the two codes list in the order of their random codes: compare by name.
    const channels = (await backend.data('admin.channels.list', {}, ADMIN)).items
      .map(({ name, reads, readers: r }) => ({ name, reads, readers: r }))
      .sort((a, b) => a.name.localeCompare(b.name))
    const counts = (await backend.store.listArticles({ limit: 10 })).map(({ id, readCount }) => ({ id, readCount }))
    await backend.close()
    // Codes are random: compare by name.
    const named = JSON.parse(JSON.stringify(answers).replaceAll(expo, 'EXPO').replaceAll(hall, 'HALL'))
    return { stats: named, channels, counts }
  }

  it('answers the same stats, channel totals and read counts on SQLite and on CloudBase', async () => {
    const [sqlite, ...cloud] = await Promise.all(STORE_KINDS.map(replay))
    expect(sqlite.stats[0].reads).toBeGreaterThan(20)
    for (const other of cloud) expect(other).toEqual(sqlite)
  })
})
