import { posterChannelCode } from '../../server/core/channel-code'
import { ADMIN, createTestBackend, makeArticle, STORE_KINDS, type TestBackend } from '../support/backend'

/**
 * What a share poster shows comes from articles.code's answer, never from the
 * poster page's URL: the answer must be the published article as the lists
 * show it, current, and nothing for an article that is not published.
 */
describe.each(STORE_KINDS)('a poster’s article (articles.code) on %s', (kind) => {
  let backend: TestBackend
  beforeEach(async () => {
    backend = await createTestBackend({
      kind,
      articles: [makeArticle(1), makeArticle(2, { cover: undefined }), makeArticle(3)],
    })
  })
  afterEach(() => backend.close())

  it('answers the code’s scene and the article’s summary, exactly as the list shows it, without its body', async () => {
    const answer = await backend.data('articles.code', { id: 'article-0001' }, 'reader-1')
    const listed = (await backend.data('articles.list', {})).items.find((item) => item.id === 'article-0001')
    expect(listed).toBeDefined()
    expect(answer).toEqual({
      url: `/media/qrcodes/${posterChannelCode('article-0001')}.png`,
      scene: posterChannelCode('article-0001'),
      article: listed,
      localStandIn: true,
    })
    expect(answer.article).not.toHaveProperty('blocks')
  })

  it('leaves out a cover the article does not have', async () => {
    const { article } = await backend.data('articles.code', { id: 'article-0002' })
    expect(article.id).toBe('article-0002')
    expect(article).not.toHaveProperty('cover')
  })

  it('shows the article as it is now: an edit after the code was made shows on the next poster', async () => {
    await backend.data('articles.code', { id: 'article-0003' })
    const { readCount: _readCount, ...edited } = makeArticle(3, { title: '改过的标题', summary: '改过的摘要' })
    await backend.data('admin.articles.upsert', { article: edited }, ADMIN)

    const { article, scene } = await backend.data('articles.code', { id: 'article-0003' })
    expect(article).toMatchObject({ title: '改过的标题', summary: '改过的摘要' })
    expect(scene).toBe(posterChannelCode('article-0003'))
  })

  it('counts no read and records no visit: making a poster is not reading', async () => {
    await backend.data('articles.code', { id: 'article-0001' }, 'reader-1')
    const { article } = await backend.data('articles.code', { id: 'article-0001' }, 'reader-2')
    expect(article.readCount).toBe(makeArticle(1).readCount)
    expect(backend.visits()).toEqual([])
  })

  it('refuses an unpublished article, with a reader’s sentence, and makes no code for it', async () => {
    await backend.data('admin.articles.unpublish', { id: 'article-0003' }, ADMIN)
    const before = backend.snapshot()
    expect(await backend.call('articles.code', { id: 'article-0003' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '文章不存在或已下线' },
    })
    expect(backend.snapshot()).toEqual(before)
  })

  it('stops answering for an article unpublished after its code was made', async () => {
    await backend.data('articles.code', { id: 'article-0001' })
    await backend.data('admin.articles.unpublish', { id: 'article-0001' }, ADMIN)
    expect(await backend.call('articles.code', { id: 'article-0001' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('reads the summary through the store by id: the published one or nothing', async () => {
    expect(await backend.store.findArticleSummary('article-0001')).toMatchObject({ id: 'article-0001' })
    expect(await backend.store.findArticleSummary('article-0001')).not.toHaveProperty('blocks')
    expect(await backend.store.findArticleSummary('no-such')).toBeNull()
    await backend.store.unpublishArticle('article-0001')
    expect(await backend.store.findArticleSummary('article-0001')).toBeNull()
  })
})

describe.each(STORE_KINDS.filter((kind) => kind !== 'sqlite'))('articles.code’s cost on %s', (kind) => {
  it('asks the database for the article and the code by key, together, then counts the caller’s quota', async () => {
    const backend = await createTestBackend({ kind, articles: [makeArticle(1)], latencyMs: 5 })
    try {
      await backend.data('articles.code', { id: 'article-0001' })
      const standIn = backend.standIn
      if (!standIn) throw new Error('no stand-in database')
      standIn.resetStats()
      await backend.data('articles.code', { id: 'article-0001' })
      // The two reads go out together; the rate limit's minute and day counters follow them, together too.
      expect(standIn.requests.slice(0, 2)).toEqual(
        expect.arrayContaining([
          { collection: 'articles', op: 'get' },
          { collection: 'channels', op: 'get' },
        ]),
      )
      expect(standIn.requests.slice(2)).toEqual([
        { collection: 'quotas', op: 'update' },
        { collection: 'quotas', op: 'update' },
      ])
      expect(standIn.maxInFlight).toBe(2)
    } finally {
      await backend.close()
    }
  })
})
