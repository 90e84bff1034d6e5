import { createTestBackend, makeArticle, STORE_KINDS, type TestBackend } from '../support/backend'

describe.each(STORE_KINDS)('articles.get on %s', (kind) => {
  let backend: TestBackend
  const articles = Array.from({ length: 8 }, (_, i) => makeArticle(i + 1))

  beforeEach(async () => {
    backend = await createTestBackend({ kind, articles })
  })
  afterEach(() => backend.close())

  const visitsOf = (id: string) => backend.visits().filter((visit) => visit.articleId === id)

  it('answers the whole article with its read count including this read', async () => {
    const stored = articles[2]
    const { article, favorited } = await backend.data('articles.get', { id: stored.id })
    expect(article).toEqual({
      ...stored,
      readCount: (stored.readCount as number) + 1,
      publishedAt: new Date(stored.publishedAt).toISOString(),
    })
    expect(favorited).toBe(false)
  })

  it('counts every open once and records the visit with its scene and entry', async () => {
    const id = articles[0].id
    const first = await backend.data('articles.get', { id, scene: 1047 }, 'reader-1')
    const second = await backend.data('articles.get', { id, scene: 1007 })
    expect(second.article.readCount).toBe(first.article.readCount + 1)
    expect(visitsOf(id)).toEqual([
      {
        articleId: id,
        openid: 'reader-1',
        scene: 1047,
        entry: 'qrcode',
        channel: null,
        at: '2026-11-27T10:00:00.000Z',
      },
      { articleId: id, openid: null, scene: 1007, entry: 'chat', channel: null, at: '2026-11-27T10:00:00.000Z' },
    ])
  })

  it('records an open without a scene as entry "other"', async () => {
    const id = articles[1].id
    await backend.data('articles.get', { id })
    expect(visitsOf(id)).toEqual([expect.objectContaining({ scene: null, entry: 'other' })])
  })

  it('answers up to 3 related articles of the same category, newest first, never itself', async () => {
    const target = articles[7]
    const { related } = await backend.data('articles.get', { id: target.id })
    const expected = articles
      .filter((a) => a.category === target.category && a.id !== target.id)
      .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
      .slice(0, 3)
      .map((a) => a.id)
    expect(related.map((item) => item.id)).toEqual(expected)
    expect(related[0]).not.toHaveProperty('blocks')
  })

  it('opens a channel’s article and attributes the read to the channel', async () => {
    await backend.addChannel({ code: 'expo26', name: '2026 柯桥纺博会', articleId: articles[4].id })
    const { article } = await backend.data('articles.get', { channel: 'expo26', scene: 1047 })
    expect(article.id).toBe(articles[4].id)
    expect(visitsOf(articles[4].id)).toEqual([expect.objectContaining({ channel: 'expo26', entry: 'qrcode' })])
  })

  it('answers NOT_FOUND for an unknown or unpublished id, and writes nothing', async () => {
    await backend.store.unpublishArticle(articles[5].id)
    for (const id of ['no-such-article', articles[5].id]) {
      const before = backend.snapshot()
      const answer = await backend.call('articles.get', { id })
      expect(answer).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('不存在') } })
      expect(backend.snapshot()).toEqual(before)
    }
  })

  const badPayloads: [string, unknown][] = [
    ['a missing id', {}],
    ['an empty id', { id: '' }],
    ['a 10 000-character id', { id: 'a'.repeat(10_000) }],
    ['a numeric id', { id: 42 }],
    ['an id with a path', { id: '../../etc/passwd' }],
    ['an id and a channel at once', { id: 'article-0001', channel: 'expo26' }],
    ['a scene as a string', { id: 'article-0001', scene: '1047' }],
    ['a scene that is no scene', { id: 'article-0001', scene: 12 }],
    ['null', null],
  ]
  it.each(badPayloads)('rejects %s with INVALID_ARGUMENT and changes nothing', async (_label, payload) => {
    const before = backend.snapshot()
    const answer = await backend.call('articles.get', payload)
    expect(answer).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.any(String) } })
    expect(backend.snapshot()).toEqual(before)
  })

  it('counts 500 concurrent opens exactly', async () => {
    const id = articles[3].id
    const before = (await backend.data('articles.get', { id })).article.readCount
    await Promise.all(Array.from({ length: 500 }, () => backend.data('articles.get', { id })))
    const after = (await backend.data('articles.get', { id })).article.readCount
    expect(after - before).toBe(501)
    expect(visitsOf(id)).toHaveLength(502)
  })
})

describe('articles.get on CloudBase', () => {
  it('sends what does not wait on an answer together: three round trips for a first read, two for a repeat', async () => {
    const backend = await createTestBackend({
      kind: 'cloudbase/wx-server-sdk',
      articles: [makeArticle(1), makeArticle(2)],
      latencyMs: 5,
    })
    await backend.data('articles.get', { id: 'article-0002' }, 'reader-1') // today's counters exist from here on
    backend.standIn?.resetStats()
    await backend.data('articles.get', { id: 'article-0001' }, 'reader-1')
    // The article, its visit, its read marker, the reader and their favorite at once; then the
    // counters with the related articles; then the read count, read back once it has this read.
    expect(backend.standIn?.maxInFlight).toBeGreaterThanOrEqual(5)
    expect(backend.standIn?.cost().roundTrips).toBe(3)
    backend.standIn?.resetStats()
    await backend.data('articles.get', { id: 'article-0001' }, 'reader-1')
    expect(backend.standIn?.cost().roundTrips).toBe(2)
    await backend.close()
  })
})

describe('dispatch', () => {
  it.each([
    ['an unknown action', { action: 'articles.delete', payload: {} }],
    ['a prototype key as action', { action: 'constructor', payload: {} }],
    ['no action', { payload: {} }],
    ['a body that is an array', [1, 2]],
    ['a body that is a string', 'articles.list'],
  ])('answers %s with INVALID_ARGUMENT', async (_label, body) => {
    const backend = await createTestBackend()
    expect(await backend.dispatch(body)).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.any(String) },
    })
    await backend.close()
  })
})
