import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openSqliteStore } from '../../server/store/sqlite'
import { createTestBackend, makeArticle, STORE_KINDS, type TestBackend } from '../support/backend'

const paragraph = (text: string) => ({ type: 'paragraph' as const, spans: [{ text }] })

const ARTICLES = [
  makeArticle(1, {
    id: 'cotton-price',
    title: '新疆棉花收购价企稳',
    summary: '轧花厂收购节奏加快。',
    blocks: [paragraph('今年新棉上市较早。')],
  }),
  makeArticle(2, {
    id: 'cashmere',
    title: '灵武秋冬季节观察',
    summary: '成品进入销售旺季。',
    blocks: [paragraph('宁夏羊绒原料行情平稳，企业备货积极。')],
  }),
  makeArticle(3, {
    id: 'pta-futures',
    title: 'PTA期货周评',
    summary: '聚酯需求回暖。',
    blocks: [paragraph('涤纶长丝开工率回升，棉花替代需求有限。')],
  }),
  makeArticle(4, {
    id: 'regex-bait',
    title: '数码印花 (小批量) 的机会',
    summary: '按需生产 .* 不是通配符。',
    blocks: [paragraph('打样周期缩短。')],
  }),
  makeArticle(5, {
    id: 'old-cotton',
    title: '去年的棉花行情回顾',
    summary: '回顾。',
    blocks: [paragraph('略。')],
    publishedAt: '2025-01-01T00:00:00Z',
  }),
]

describe.each(STORE_KINDS)('articles.search on %s', (kind) => {
  let backend: TestBackend
  beforeEach(async () => {
    backend = await createTestBackend({ kind, articles: ARTICLES })
  })
  afterEach(() => backend.close())

  const ids = async (q: string, extra: object = {}) =>
    (await backend.data('articles.search', { q, ...extra })).items.map((item) => item.id)

  it('finds two-character Chinese words in title, summary and body, newest first', async () => {
    expect(await ids('棉花')).toEqual(['pta-futures', 'cotton-price', 'old-cotton'])
    expect(await ids('羊绒')).toEqual(['cashmere'])
    expect(await ids('旺季')).toEqual(['cashmere'])
    expect(await ids('pta')).toEqual(['pta-futures'])
  })

  it('needs every word of a query with spaces', async () => {
    expect(await ids('棉花 新疆')).toEqual(['cotton-price'])
    expect(await ids('棉花 羊绒')).toEqual([])
  })

  it('treats regular-expression characters as text, never as a pattern', async () => {
    expect(await ids('.*')).toEqual([])
    expect(await ids('(')).toEqual([])
    expect(await ids('小批量')).toEqual(['regex-bait'])
  })

  it('pages by cursor and never shows unpublished articles', async () => {
    const first = await backend.data('articles.search', { q: '棉花', pageSize: 2 })
    expect(first.items.map((item) => item.id)).toEqual(['pta-futures', 'cotton-price'])
    const second = await backend.data('articles.search', { q: '棉花', pageSize: 2, cursor: first.nextCursor as string })
    expect(second).toEqual({ items: [expect.objectContaining({ id: 'old-cotton' })], nextCursor: null })

    await backend.store.unpublishArticle('cotton-price')
    expect(await ids('棉花')).toEqual(['pta-futures', 'old-cotton'])
  })

  it('finds an article by its new text after it is updated, and not by its old text', async () => {
    await backend.store.upsertArticle({ ...ARTICLES[1], blocks: [paragraph('改写后的正文讲的是针织。')] })
    expect(await ids('羊绒')).toEqual([])
    expect(await ids('针织')).toEqual(['cashmere'])
  })

  it.each([
    ['an empty query', { q: '' }],
    ['only spaces', { q: '   ' }],
    ['51 characters', { q: '棉'.repeat(51) }],
    ['a number', { q: 42 }],
    ['no query', {}],
  ])('rejects %s with INVALID_ARGUMENT', async (_label, payload) => {
    expect(await backend.call('articles.search', payload)).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.any(String) },
    })
  })
})

describe('search on an SQLite file made before search existed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wtt-old-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('indexes the existing articles once, when the file is opened', async () => {
    const file = join(dir, 'old.db')

    const store = openSqliteStore(file)
    await store.upsertCategory({ id: 'news', name: '资讯' })
    await store.upsertArticle(ARTICLES[1])
    await store.close()
    const raw = new Database(file)
    raw.exec('DELETE FROM articles_search')
    raw.pragma('user_version = 0')
    raw.close()

    const reopened = openSqliteStore(file)
    expect((await reopened.searchArticles('羊绒', { limit: 10 })).map((item) => item.id)).toEqual(['cashmere'])
    await reopened.close()
  })
})
