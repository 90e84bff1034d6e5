import { CATEGORIES, createTestBackend, makeArticle, STORE_KINDS, type TestBackend } from '../support/backend'

describe.each(STORE_KINDS)('articles.list on %s', (kind) => {
  let backend: TestBackend
  const articles = Array.from({ length: 25 }, (_, i) => makeArticle(i + 1))
  // Two articles published at the same instant: the id breaks the tie.
  articles.push(makeArticle(100, { id: 'tie-a', publishedAt: '2026-06-01T00:00:00Z', category: 'news' }))
  articles.push(makeArticle(101, { id: 'tie-b', publishedAt: '2026-06-01T00:00:00Z', category: 'news' }))
  const newestFirst = [...articles]
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a.id < b.id ? 1 : -1))
    .map((a) => a.id)

  beforeEach(async () => {
    backend = await createTestBackend({ kind, articles })
  })
  afterEach(() => backend.close())

  it('lists 10 summaries newest first by default, without bodies', async () => {
    const { items, nextCursor } = await backend.data('articles.list', {})
    expect(items.map((item) => item.id)).toEqual(newestFirst.slice(0, 10))
    expect(nextCursor).toEqual(expect.any(String))
    expect(Object.keys(items[0]).sort()).toEqual(
      ['category', 'cover', 'id', 'publishedAt', 'readCount', 'source', 'summary', 'title'].sort(),
    )
  })

  it('pages through everything by cursor, each article once, and ends with a null cursor', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    for (let guard = 0; guard < 20; guard++) {
      const page = await backend.data('articles.list', { pageSize: 4, ...(cursor ? { cursor } : {}) })
      seen.push(...page.items.map((item) => item.id))
      if (!page.nextCursor) break
      cursor = page.nextCursor
    }
    expect(seen).toEqual(newestFirst)
  })

  it('keeps its place when a newer article is published between pages', async () => {
    const first = await backend.data('articles.list', { pageSize: 5 })
    await backend.store.upsertArticle(makeArticle(500, { id: 'late-news', publishedAt: '2026-12-31T00:00:00Z' }))
    const second = await backend.data('articles.list', { pageSize: 5, cursor: first.nextCursor as string })
    expect(second.items.map((item) => item.id)).toEqual(newestFirst.slice(5, 10))
  })

  it('filters by category', async () => {
    const { items } = await backend.data('articles.list', { category: 'market', pageSize: 20 })
    const expected = newestFirst.filter((id) => articles.find((a) => a.id === id)?.category === 'market')
    expect(items.map((item) => item.id)).toEqual(expected)
  })

  it('answers the category tabs with the first page when asked, in one call', async () => {
    const answer = await backend.data('articles.list', { withCategories: true, pageSize: 1 })
    expect(answer.categories).toEqual(CATEGORIES)
    const plain = await backend.data('articles.list', { pageSize: 1 })
    expect(plain).not.toHaveProperty('categories')
  })

  it('never lists an unpublished article', async () => {
    await backend.store.unpublishArticle('tie-a')
    const { items } = await backend.data('articles.list', { pageSize: 20, category: 'news' })
    expect(items.map((item) => item.id)).toEqual(
      newestFirst.filter((id) => id !== 'tie-a' && articles.find((a) => a.id === id)?.category === 'news'),
    )
  })

  it('answers an unknown category with an empty page', async () => {
    expect(await backend.data('articles.list', { category: 'no-such-tab' })).toEqual({ items: [], nextCursor: null })
  })

  const badPayloads: [string, unknown][] = [
    ['pageSize 0', { pageSize: 0 }],
    ['pageSize 21', { pageSize: 21 }],
    ['pageSize -1', { pageSize: -1 }],
    ['pageSize "abc"', { pageSize: 'abc' }],
    ['pageSize 2.5', { pageSize: 2.5 }],
    ['a forged cursor', { cursor: 'not-a-cursor' }],
    ['a cursor of the wrong shape', { cursor: Buffer.from('["x"]').toString('base64url') }],
    ['a cursor with a bad date', { cursor: Buffer.from('["yesterday","article-0001"]').toString('base64url') }],
    ['a non-string cursor', { cursor: 12 }],
    ['a category that is no id', { category: '../etc' }],
    ['a payload that is an array', []],
    ['a payload that is a string', 'hello'],
  ]
  it.each(badPayloads)('rejects %s with INVALID_ARGUMENT and changes nothing', async (_label, payload) => {
    const before = backend.snapshot()
    const answer = await backend.call('articles.list', payload)
    expect(answer).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.any(String) } })
    expect(backend.snapshot()).toEqual(before)
  })
})

describe.each(STORE_KINDS)('categories.list on %s', (kind) => {
  it('lists the real categories in their order (the app adds 全部)', async () => {
    const backend = await createTestBackend({ kind })
    expect(await backend.data('categories.list', {})).toEqual({ items: CATEGORIES })
    await backend.store.upsertCategory({ id: 'news', name: '行业资讯' })
    expect((await backend.data('categories.list', {})).items[0]).toEqual({ id: 'news', name: '行业资讯' })
    await backend.close()
  })
})
