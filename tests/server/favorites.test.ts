import { createTestBackend, makeArticle, STORE_KINDS, type TestBackend } from '../support/backend'

const ALICE = 'alice-openid'
const BOB = 'bob-openid'

describe.each(STORE_KINDS)('favorites on %s', (kind) => {
  let backend: TestBackend
  beforeEach(async () => {
    // Each call a second after the one before, as a reader taps.
    let tick = 0
    backend = await createTestBackend({
      kind,
      articles: Array.from({ length: 6 }, (_, i) => makeArticle(i + 1)),
      now: () => new Date(Date.UTC(2026, 10, 27, 10, 0, tick++)),
    })
    await backend.call('auth.phoneLogin', { code: 'dev-13800000001' }, ALICE)
    await backend.call('auth.phoneLogin', { code: 'dev-13800000002' }, BOB)
  })
  afterEach(() => backend.close())

  const save = (articleId: string, openid = ALICE) => backend.data('favorites.toggle', { articleId }, openid)

  it('toggles: saved, then un-saved, and articles.get tells the state in the same answer', async () => {
    expect(await save('article-0001')).toEqual({ favorited: true })
    expect((await backend.data('articles.get', { id: 'article-0001' }, ALICE)).favorited).toBe(true)
    expect(await save('article-0001')).toEqual({ favorited: false })
    expect((await backend.data('articles.get', { id: 'article-0001' }, ALICE)).favorited).toBe(false)
  })

  it('lists a reader’s favorites newest first, paged, and one reader never sees another’s', async () => {
    for (const id of ['article-0003', 'article-0001', 'article-0005', 'article-0002']) await save(id)
    await save('article-0006', BOB)

    const first = await backend.data('favorites.list', { pageSize: 3 }, ALICE)
    expect(first.items.map((item) => item.id)).toEqual(['article-0002', 'article-0005', 'article-0001'])
    expect(first.items[0]).not.toHaveProperty('blocks')
    const second = await backend.data('favorites.list', { pageSize: 3, cursor: first.nextCursor as string }, ALICE)
    expect(second).toEqual({ items: [expect.objectContaining({ id: 'article-0003' })], nextCursor: null })

    expect((await backend.data('favorites.list', {}, BOB)).items.map((item) => item.id)).toEqual(['article-0006'])
    expect((await backend.data('articles.get', { id: 'article-0006' }, ALICE)).favorited).toBe(false)
  })

  it('leaves an unpublished article out of the list, and still lets the reader un-save it', async () => {
    await save('article-0004')
    await backend.store.unpublishArticle('article-0004')
    expect((await backend.data('favorites.list', {}, ALICE)).items).toEqual([])
    expect(await save('article-0004')).toEqual({ favorited: false })
  })

  it('sets the state asked for, so that a call sent twice changes nothing the second time', async () => {
    const set = (favorited: boolean) =>
      backend.data('favorites.toggle', { articleId: 'article-0002', favorited }, ALICE)
    expect(await set(true)).toEqual({ favorited: true })
    expect(await set(true)).toEqual({ favorited: true })
    expect(await backend.store.isFavorite(ALICE, 'article-0002')).toBe(true)
    expect(await set(false)).toEqual({ favorited: false })
    expect(await set(false)).toEqual({ favorited: false })
    expect(await backend.store.isFavorite(ALICE, 'article-0002')).toBe(false)
    const twice = await Promise.all([set(true), set(true)])
    expect(twice).toEqual([{ favorited: true }, { favorited: true }])
    expect((await backend.data('favorites.list', {}, ALICE)).items.map((item) => item.id)).toEqual(['article-0002'])
  })

  it('refuses to save an article that does not exist, and writes nothing', async () => {
    const before = backend.snapshot()
    expect(await backend.call('favorites.toggle', { articleId: 'no-such-article' }, ALICE)).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
    expect(backend.snapshot()).toEqual(before)
  })

  it('needs a signed-in reader', async () => {
    for (const openid of [null, 'stranger-openid']) {
      expect(await backend.call('favorites.toggle', { articleId: 'article-0001' }, openid)).toMatchObject({
        error: { code: 'UNAUTHENTICATED' },
      })
    }
  })
})
