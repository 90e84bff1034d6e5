import { ADMIN, createTestBackend, makeArticle, STORE_KINDS, type TestBackend } from '../support/backend'

describe.each(STORE_KINDS)('admin.articles on %s', (kind) => {
  let backend: TestBackend
  beforeEach(async () => {
    backend = await createTestBackend({ kind, articles: [makeArticle(1), makeArticle(2)] })
  })
  afterEach(() => backend.close())

  const { readCount: _ignored, ...fresh } = makeArticle(3, { id: 'new-article', category: 'market' })

  it('publishes a new article for an admin, with a read count of zero', async () => {
    expect(await backend.data('admin.articles.upsert', { article: fresh }, ADMIN)).toEqual({ id: 'new-article' })
    const { article } = await backend.data('articles.get', { id: 'new-article' })
    expect(article).toMatchObject({ title: fresh.title, readCount: 1 })
  })

  it('updates an article in place and keeps its read count', async () => {
    await backend.data('articles.get', { id: 'article-0001' })
    const { readCount: _count, cover: _cover, ...rest } = makeArticle(1)
    await backend.data('admin.articles.upsert', { article: { ...rest, title: '改过的标题' } }, ADMIN)
    const { article } = await backend.data('articles.get', { id: 'article-0001' })
    expect(article).toMatchObject({ title: '改过的标题', readCount: 12 })
    expect(article).not.toHaveProperty('cover')
  })

  it('unpublishes an article: it leaves the list and its page', async () => {
    expect(await backend.data('admin.articles.unpublish', { id: 'article-0002' }, ADMIN)).toEqual({})
    const { items } = await backend.data('articles.list', {})
    expect(items.map((item) => item.id)).toEqual(['article-0001'])
    expect(await backend.call('articles.get', { id: 'article-0002' })).toMatchObject({ error: { code: 'NOT_FOUND' } })
    expect(await backend.call('admin.articles.unpublish', { id: 'no-such' }, ADMIN)).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
  })

  it.each([
    ['an anonymous caller', null],
    ['a reader', 'reader-1'],
  ])('refuses %s with FORBIDDEN and writes nothing', async (_label, openid) => {
    const before = backend.snapshot()
    for (const [action, payload] of [
      ['admin.articles.upsert', { article: fresh }],
      ['admin.articles.unpublish', { id: 'article-0001' }],
      ['admin.articles.upsert', { article: 'not even an article' }],
    ] as const) {
      expect(await backend.call(action, payload, openid)).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: expect.any(String) },
      })
    }
    expect(backend.snapshot()).toEqual(before)
  })

  it.each([
    ['no title', { ...fresh, title: '' }],
    ['an unknown category', { ...fresh, category: 'no-such-category' }],
    ['a date that is no date', { ...fresh, publishedAt: '去年' }],
    [
      'a javascript: link',
      { ...fresh, blocks: [{ type: 'paragraph', spans: [{ text: 'x', href: 'javascript:alert(1)' }] }] },
    ],
    ['a data: image', { ...fresh, blocks: [{ type: 'image', src: 'data:image/png;base64,AAAA' }] }],
    ['an unknown block type', { ...fresh, blocks: [{ type: 'script', text: 'alert(1)' }] }],
    ['no body', { ...fresh, blocks: [] }],
  ])('rejects an article with %s as INVALID_ARGUMENT and writes nothing', async (_label, article) => {
    const before = backend.snapshot()
    const answer = await backend.call('admin.articles.upsert', { article }, ADMIN)
    expect(answer).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.any(String) } })
    expect(backend.snapshot()).toEqual(before)
  })
})
