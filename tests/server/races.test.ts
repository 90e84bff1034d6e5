import { ADMIN, createTestBackend, makeArticle, STORE_KINDS, undrawnQrCodes } from '../support/backend'

/**
 * Calls at once, as a tapping reader, a hall of scanners or a deletion
 * racing its own account's writes make them. On the CloudBase kinds every
 * database request runs and answers after its own random delay, so that
 * concurrent requests complete in an order no single run fixes; each case
 * runs under several seeds of that order.
 */
const SEEDS = [1, 2, 3, 4, 5, 6]
const ALICE = 'alice-openid'
const articles = Array.from({ length: 4 }, (_, i) => makeArticle(i + 1))

describe.each(STORE_KINDS)('races on %s', (kind) => {
  const open = (jitterSeed: number) =>
    createTestBackend({ kind, articles, jitterMs: 4, jitterSeed, qrcode: undrawnQrCodes })

  it.each(SEEDS)('taps of 收藏 at once end as one after another would (order %i)', async (jitterSeed) => {
    const backend = await open(jitterSeed)
    await backend.data('auth.phoneLogin', { code: 'dev-13800000001' }, ALICE)
    const toggle = () => backend.data('favorites.toggle', { articleId: 'article-0001' }, ALICE)

    const two = await Promise.all([toggle(), toggle()])
    expect(two.map((answer) => answer.favorited).sort()).toEqual([false, true])
    expect(await backend.store.isFavorite(ALICE, 'article-0001')).toBe(false)

    const three = await Promise.all([toggle(), toggle(), toggle()])
    expect(three.map((answer) => answer.favorited).sort()).toEqual([false, true, true])
    expect(await backend.store.isFavorite(ALICE, 'article-0001')).toBe(true)
    await backend.close()
  })

  it.each(SEEDS)(
    'deleting an account while its own writes race it leaves nothing with the openid (order %i)',
    async (jitterSeed) => {
      const backend = await open(jitterSeed)
      await backend.data('auth.phoneLogin', { code: 'dev-13800000001' }, ALICE)
      await backend.data('favorites.toggle', { articleId: 'article-0001' }, ALICE)
      const { channel } = await backend.data('admin.channels.create', { name: '会刊广告' }, ADMIN)

      const answers = await Promise.all([
        backend.call('auth.deleteAccount', {}, ALICE),
        backend.call('favorites.toggle', { articleId: 'article-0002' }, ALICE),
        backend.call('favorites.toggle', { articleId: 'article-0003' }, ALICE),
        backend.call('articles.get', { id: 'article-0004', scene: 1007 }, ALICE),
        backend.call('channels.resolve', { scene: channel.scene, enterScene: 1047 }, ALICE),
      ])
      expect(answers[0]).toEqual({ ok: true, data: {} })
      // A toggle that lost the race says so; reading went on.
      for (const answer of answers.slice(1, 3)) if (!answer.ok) expect(answer.error.code).toBe('UNAUTHENTICATED')
      expect(answers.slice(3).map((answer) => answer.ok)).toEqual([true, true])
      expect(JSON.stringify(backend.snapshot())).not.toContain(ALICE)
      await backend.close()
    },
  )

  it.each(SEEDS)(
    'answers the read count right after its own read, never one that counts it twice (order %i)',
    async (jitterSeed) => {
      const backend = await open(jitterSeed)
      const stored = async () => (await backend.store.listArticles({ limit: 10 })).find((a) => a.id === 'article-0002')
      for (let i = 0; i < 10; i++) {
        const { article } = await backend.data('articles.get', { id: 'article-0002' })
        expect(article.readCount).toBe((await stored())?.readCount)
      }
      await backend.close()
    },
  )

  it.each(SEEDS.slice(0, 3))('counts a reader’s opens at once as one read (order %i)', async (jitterSeed) => {
    const backend = await open(jitterSeed)
    const before = (await backend.data('articles.get', { id: 'article-0003' })).article.readCount
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => backend.data('articles.get', { id: 'article-0003', scene: 1047 }, ALICE)),
    )
    // The open that counted answers the count with it; the others, which add nothing, the count as they found it.
    const counts = new Set(answers.map((answer) => answer.article.readCount))
    expect(counts.has(before + 1)).toBe(true)
    expect([...counts].every((count) => count === before || count === before + 1)).toBe(true)
    expect(backend.visits().filter((visit) => visit.openid === ALICE)).toHaveLength(30)
    expect((await backend.data('articles.get', { id: 'article-0003' }, ALICE)).article.readCount).toBe(before + 1)
    expect(await backend.data('admin.stats', {}, ADMIN)).toMatchObject({
      reads: 2,
      readers: 1,
      byEntry: { qrcode: 1, other: 1 },
    })
    await backend.close()
  })

  it.each(SEEDS.slice(0, 3))(
    'counts each of a hall of readers scanning one code at once exactly once (order %i)',
    async (jitterSeed) => {
      const backend = await open(jitterSeed)
      const { channel } = await backend.data(
        'admin.channels.create',
        { name: 'A 馆入口', articleId: 'article-0004' },
        ADMIN,
      )
      const readers = Array.from({ length: 60 }, (_, i) => `scanner-${i}`)
      // Everyone scans, and half of them scan again straight away.
      const answers = await Promise.all(
        [...readers, ...readers.slice(0, 30)].map((openid) =>
          backend.call('articles.get', { channel: channel.code, scene: 1047 }, openid),
        ),
      )
      expect(answers.every((answer) => answer.ok)).toBe(true)
      const [listed] = (await backend.data('admin.channels.list', {}, ADMIN)).items
      expect(listed).toMatchObject({ code: channel.code, reads: 60, readers: 60 })
      expect(await backend.data('admin.stats', { channel: channel.code }, ADMIN)).toMatchObject({
        reads: 60,
        readers: 60,
        byEntry: { qrcode: 60 },
      })
      expect((await backend.data('articles.get', { id: 'article-0004' })).article.readCount).toBe(
        (articles[3].readCount as number) + 61,
      )
      expect(backend.visits().filter((visit) => visit.channel === channel.code)).toHaveLength(90)
      await backend.close()
    },
  )
})
