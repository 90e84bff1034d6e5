import { maskPhone } from '../../server/core/phone'
import { ADMIN, createTestBackend, makeArticle, STORE_KINDS, type TestBackend } from '../support/backend'

const { readCount: _ignored, ...fresh } = makeArticle(3, { id: 'new-article', category: 'market' })

describe.each(STORE_KINDS)('dates the article schema lets through, on %s', (kind) => {
  let backend: TestBackend
  beforeEach(async () => {
    backend = await createTestBackend({ kind, articles: [makeArticle(1), makeArticle(2)] })
  })
  afterEach(() => backend.close())

  const publishedAtOf = async (id: string) => (await backend.data('articles.get', { id })).article.publishedAt

  it.each([
    ['an hour-only offset', '2026-03-18T09:30:00+08', '2026-03-18T01:30:00.000Z'],
    ['an offset without a colon', '2026-03-18T09:30:00+0800', '2026-03-18T01:30:00.000Z'],
    ['a space for the T', '2026-03-18 09:30:00-05:00', '2026-03-18T14:30:00.000Z'],
    ['a space before the offset', '2026-03-18T09:30:00 +08:00', '2026-03-18T01:30:00.000Z'],
    ['nanoseconds', '2026-03-18T09:30:00.123456789Z', '2026-03-18T09:30:00.123Z'],
  ])('stores %s as the same instant in UTC', async (_label, publishedAt, stored) => {
    const answer = await backend.call('admin.articles.upsert', { article: { ...fresh, publishedAt } }, ADMIN)
    expect(answer).toEqual({ ok: true, data: { id: 'new-article' } })
    expect(await publishedAtOf('new-article')).toBe(stored)
  })

  it.each([
    ['a year before 1000', '0999-06-01T00:00:00Z'],
    ['year 0', '0000-01-01T00:00:00Z'],
    ['a year that becomes 10000 in UTC', '9999-12-31T23:00:00-08:00'],
    ['a year that becomes 999 in UTC', '1000-01-01T05:00:00+08:00'],
    ['a day that does not exist', '2026-02-30T09:30:00+08:00'],
  ])('refuses %s with INVALID_ARGUMENT naming publishedAt, and writes nothing', async (_label, publishedAt) => {
    const before = backend.snapshot()
    const answer = await backend.call('admin.articles.upsert', { article: { ...fresh, publishedAt } }, ADMIN)
    expect(answer).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringContaining('publishedAt') },
    })
    expect(backend.snapshot()).toEqual(before)
  })

  it('keeps the newest real article first and pages past it', async () => {
    const late = { ...fresh, id: 'last-year-of-all', publishedAt: '9999-12-31T15:59:59+08:00' }
    await backend.data('admin.articles.upsert', { article: late }, ADMIN)
    const first = await backend.data('articles.list', { pageSize: 1 })
    expect(first.items.map((item) => item.id)).toEqual(['last-year-of-all'])
    const rest = await backend.data('articles.list', { pageSize: 5, cursor: first.nextCursor ?? undefined })
    expect(rest.items.map((item) => item.id)).toEqual(['article-0002', 'article-0001'])
  })
})

describe('a refusal names the field that is wrong', () => {
  let backend: TestBackend
  beforeAll(async () => {
    backend = await createTestBackend({ articles: [makeArticle(1)] })
  })
  afterAll(() => backend.close())

  const messageOf = async (action: 'admin.articles.upsert' | 'articles.get' | 'favorites.toggle', payload: unknown) => {
    const answer = await backend.call(action, payload, ADMIN)
    if (answer.ok) throw new Error(`${action} accepted ${JSON.stringify(payload)}`)
    expect(answer.error.code).toBe('INVALID_ARGUMENT')
    return answer.error.message
  }
  const without = (field: keyof typeof fresh) => {
    const { [field]: _dropped, ...rest } = fresh
    return rest
  }

  it.each([
    ['the article', {}, 'article 不能为空'],
    ['its title', { article: without('title') }, 'article.title 不能为空'],
    ['its blocks', { article: without('blocks') }, 'article.blocks 不能为空'],
    ['its date', { article: without('publishedAt') }, 'article.publishedAt 不能为空'],
    [
      'a span’s text deep in the body',
      { article: { ...fresh, blocks: [{ type: 'paragraph', spans: [{ bold: true }] }] } },
      'article.blocks[0].spans[0].text 不能为空',
    ],
  ])('a payload without %s says which field is missing', async (_label, payload, message) => {
    expect(await messageOf('admin.articles.upsert', payload)).toBe(message)
  })

  it('a wrong-typed field without a message of its own is named, in Chinese', async () => {
    const article = { ...fresh, blocks: [{ type: 'paragraph', spans: [{ text: '棉花', bold: 'yes' }] }] }
    expect(await messageOf('admin.articles.upsert', { article })).toBe('article.blocks[0].spans[0].bold 格式不正确')
  })

  it('a nested field’s own message says where it is', async () => {
    expect(await messageOf('admin.articles.upsert', { article: { ...fresh, title: '   ' } })).toBe(
      '标题 不能为空（article.title）',
    )
  })

  it('a top-level field keeps its own message', async () => {
    expect(await messageOf('favorites.toggle', {})).toBe('articleId 不能为空')
    expect(await messageOf('articles.get', { id: 42 })).toBe('id 应为字符串')
  })
})

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138-1234-5678', '861****5678'],
    ['447911123456', '447****3456'],
    ['12345678901234', '123****1234'],
    ['7911123456', '****3456'],
    ['12345678', '****78'],
    ['987654', '****54'],
    ['98765', '****'],
    ['1234', '****'],
    ['', '****'],
  ])('%s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked)
  })

  it('never shows more than 3 + 4 digits, nor more than 2 of a number of 8 digits or fewer', () => {
    for (let length = 1; length <= 20; length++) {
      const phone = '9'.repeat(length)
      const shown = maskPhone(phone).replace(/\*/g, '').length
      expect(shown).toBeLessThanOrEqual(length <= 8 ? 2 : 7)
      expect(length - shown).toBeGreaterThanOrEqual(Math.min(length, 4))
    }
  })
})
