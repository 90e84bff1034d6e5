import Database from 'better-sqlite3'
import * as fc from 'fast-check'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Data, Payload } from '../../src/contract/api'
import type { Block } from '../../src/contract/models'
import { dispatch } from '../../server/handlers'
import { createCloudStore } from '../../server/store/cloudbase'
import { nodeSdkDriver, wxServerSdkDriver, type CloudDriver } from '../../server/store/cloudbase/driver'
import { reindexSearch } from '../../server/store/cloudbase/search'
import { openSqliteStore } from '../../server/store/sqlite'
import type { ArticleInput } from '../../server/store/types'
import { createTestBackend, makeArticle, STORE_KINDS, testContext, type TestBackend } from '../support/backend'
import { createStandInDatabase } from '../support/cloud-db'

const paragraph = (text: string): Block => ({ type: 'paragraph', spans: [{ text }] })

/** An article with these texts, published on this day (China time). */
const article = (
  id: string,
  day: string,
  { title, summary = '摘要。', body = '正文。' }: { title: string; summary?: string; body?: string },
  extra: Partial<ArticleInput> = {},
): ArticleInput =>
  makeArticle(1, { id, title, summary, blocks: [paragraph(body)], publishedAt: `${day}T09:00:00+08:00`, ...extra })

const FILLER = '纺织服装产业链上下游协同发展。'.repeat(6)

const ARTICLES = [
  // The example: 印染 in a title, a summary, and two bodies (the newest among them).
  article('dyeing-title', '2026-10-01', { title: '印染企业节能改造见成效', body: '改造后每吨布节水三成。' }),
  article('dyeing-summary', '2026-11-10', { title: '柯桥面料市场周报', summary: '印染订单回暖，面料小幅上涨。' }),
  article('dyeing-body', '2026-11-20', {
    title: '秋冬面料流行趋势',
    body: `${FILLER}今年不少印染厂推出了新的后整理工艺。${FILLER}`,
  }),
  article('dyeing-body-older', '2026-11-05', { title: '绍兴见闻', body: '走访了三家印染厂。' }),

  article('cotton-price', '2026-11-12', { title: '新疆棉花收购价企稳', summary: '轧花厂收购节奏加快。' }),
  article('cashmere', '2026-11-11', {
    title: '灵武秋冬季节观察',
    summary: '成品进入销售旺季。',
    body: '宁夏羊绒原料行情平稳，企业备货积极。',
  }),
  article('pta-futures', '2026-11-13', {
    title: 'PTA期货周评',
    summary: '聚酯需求回暖。',
    body: '涤纶长丝开工率回升，棉花替代需求有限。',
  }),
  article('regex-bait', '2026-11-09', { title: '数码印花 (小批量) 的机会', summary: '按需生产 .* 不是通配符。' }),
  article('old-cotton', '2025-01-01', { title: '去年的棉花行情回顾', summary: '回顾。' }),
]

describe.each(STORE_KINDS)('articles.search on %s', (kind) => {
  let backend: TestBackend
  beforeEach(async () => {
    backend = await createTestBackend({ kind, articles: ARTICLES })
  })
  afterEach(() => backend.close())

  const search = (q: string, extra: object = {}) => backend.data('articles.search', { q, ...extra })
  const ids = async (q: string) => (await search(q)).items.map((item) => item.id)

  it('lists a title match first, then a summary match, then body matches, each with a snippet', async () => {
    const { items, nextCursor } = await search('印染')
    expect(items.map((item) => item.id)).toEqual(['dyeing-title', 'dyeing-summary', 'dyeing-body', 'dyeing-body-older'])
    expect(nextCursor).toBeNull()
    expect(items[0].snippet).toBeUndefined()
    expect(items[1].snippet).toBeUndefined()
    expect(items[2].snippet).toMatch(/^…今年不少印染厂推出了新的后整理工艺。纺织服装产业链上下游协同发展。纺织.*…$/)
    expect(items[2].snippet).toHaveLength(80)
    expect(items[3].snippet).toBe('走访了三家印染厂。')
  })

  it('puts newer first within a tier', async () => {
    expect(await ids('棉花')).toEqual(['cotton-price', 'old-cotton', 'pta-futures'])
  })

  it('ranks an article whose words are spread over its fields with the body matches', async () => {
    const backend2 = await createTestBackend({
      kind,
      articles: [
        article('in-title', '2026-11-01', { title: '棉花价格周报' }),
        article('in-summary', '2026-11-02', { title: '新季开秤', summary: '棉花价格小幅走高。' }),
        article('title-and-summary', '2026-11-03', { title: '棉花收购启动', summary: '价格平稳。' }),
        article('title-and-body', '2026-11-04', { title: '棉花', body: '今年的价格比去年高。' }),
      ],
    })
    try {
      const { items } = await backend2.data('articles.search', { q: '棉花 价格' })
      expect(items.map((item) => [item.id, item.snippet])).toEqual([
        ['in-title', undefined],
        ['in-summary', undefined],
        ['title-and-body', '今年的价格比去年高。'],
        // No word of the query in its body: nothing to show from it.
        ['title-and-summary', undefined],
      ])
    } finally {
      await backend2.close()
    }
  })

  it('finds two-character words, single characters and Latin words in any case or width', async () => {
    expect(await ids('羊绒')).toEqual(['cashmere'])
    expect(await ids('旺季')).toEqual(['cashmere'])
    expect(await ids('绒')).toEqual(['cashmere'])
    expect(await ids('pta')).toEqual(['pta-futures'])
    expect(await ids('ＰＴＡ期货')).toEqual(['pta-futures'])
  })

  it('needs every word of the query', async () => {
    expect(await ids('棉花 新疆')).toEqual(['cotton-price'])
    expect(await ids('棉花 羊绒')).toEqual([])
    expect(await ids('印染厂改造')).toEqual([])
  })

  it('treats regular-expression characters as text, never as a pattern', async () => {
    expect(await ids('.*')).toEqual([])
    expect(await ids('(')).toEqual([])
    expect(await ids('小批量')).toEqual(['regex-bait'])
  })

  it('pages across tiers by cursor, and never shows unpublished articles', async () => {
    const first = await search('印染', { pageSize: 1 })
    const second = await search('印染', { pageSize: 2, cursor: first.nextCursor })
    const third = await search('印染', { pageSize: 2, cursor: second.nextCursor })
    expect([first, second, third].map((page) => page.items.map((item) => item.id))).toEqual([
      ['dyeing-title'],
      ['dyeing-summary', 'dyeing-body'],
      ['dyeing-body-older'],
    ])
    expect(third.nextCursor).toBeNull()
    expect(third.items[0].snippet).toBe('走访了三家印染厂。')

    await backend.store.unpublishArticle('dyeing-summary')
    expect(await ids('印染')).toEqual(['dyeing-title', 'dyeing-body', 'dyeing-body-older'])
  })

  it('finds an article by its new text after it is updated, and not by its old text', async () => {
    const cashmere = ARTICLES.find((item) => item.id === 'cashmere') as ArticleInput
    await backend.store.upsertArticle({ ...cashmere, blocks: [paragraph('改写后的正文讲的是针织。')] })
    expect(await ids('羊绒')).toEqual([])
    expect(await ids('针织')).toEqual(['cashmere'])
    await backend.store.upsertArticle({ ...cashmere, title: '针织秋冬季节观察' })
    expect((await search('针织')).items).toEqual([expect.not.objectContaining({ snippet: expect.anything() })])
  })

  it.each([
    ['an empty query', { q: '' }, '请输入要搜索的内容'],
    ['only spaces', { q: '   ' }, '请输入要搜索的内容'],
    ['51 characters', { q: '棉'.repeat(51) }, '搜索内容不能超过 50 个字'],
    ['a number', { q: 42 }, 'q 应为字符串'],
    ['no query', {}, '请输入要搜索的内容'],
    [
      'a cursor of another list',
      { q: '棉花', cursor: 'WyIyMDI2LTExLTEyVDAxOjAwOjAwLjAwMFoiLCJjb3R0b24tcHJpY2UiXQ' },
      '分页参数无效，请刷新后重试',
    ],
    [
      'a forged tier',
      { q: '棉花', cursor: '7WyIyMDI2LTExLTEyVDAxOjAwOjAwLjAwMFoiLCJjb3R0b24tcHJpY2UiXQ' },
      '分页参数无效，请刷新后重试',
    ],
  ])('rejects %s with INVALID_ARGUMENT in Chinese, changing nothing', async (_label, payload, message) => {
    const before = backend.snapshot()
    expect(await backend.call('articles.search', payload)).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message },
    })
    expect(backend.snapshot()).toEqual(before)
  })

  it('takes 50 characters, counted after trimming', async () => {
    expect(await backend.call('articles.search', { q: ` ${'棉'.repeat(50)} ` })).toMatchObject({ ok: true })
  })
})

describe.each(STORE_KINDS)('nothing found on %s', (kind) => {
  // The handlers' clock is 2026-11-27T10:00:00Z: the window opens 2026-10-28T10:00:00Z.
  const read = (id: string, day: string, readCount: number, extra: Partial<ArticleInput> = {}) =>
    article(id, day, { title: `阅读量 ${readCount}` }, { readCount, ...extra })
  let backend: TestBackend
  beforeEach(async () => {
    backend = await createTestBackend({
      kind,
      articles: [
        read('a', '2026-11-26', 50),
        read('b', '2026-11-20', 900),
        read('c', '2026-11-01', 300),
        read('d', '2026-10-29', 700),
        read('e', '2026-11-25', 10),
        read('f', '2026-11-24', 300),
        read('old-favourite', '2026-10-27', 99_999),
        read('hidden', '2026-11-21', 5_000),
      ],
    })
    await backend.store.unpublishArticle('hidden')
  })
  afterEach(() => backend.close())

  it('answers the five most-read articles published in the last 30 days on the first page', async () => {
    const answer: Data<'articles.search'> = await backend.data('articles.search', { q: '量子纠缠' })
    expect(answer.items).toEqual([])
    expect(answer.nextCursor).toBeNull()
    expect(answer.popular?.map((item) => [item.id, item.readCount])).toEqual([
      ['b', 900],
      ['d', 700],
      ['f', 300],
      ['c', 300],
      ['a', 50],
    ])
    expect(answer.popular?.[0]).not.toHaveProperty('snippet')
  })

  it('answers them for a query with nothing searchable in it too', async () => {
    expect((await backend.data('articles.search', { q: '（）' })).popular).toHaveLength(5)
  })

  it('answers no popular articles when something was found', async () => {
    expect(await backend.data('articles.search', { q: '阅读量' })).not.toHaveProperty('popular')
  })
})

describe.each(STORE_KINDS)('ranking and paging of any articles on %s', (kind) => {
  interface Fixture {
    id: string
    day: string
    title: string
    summary: string
    body: string
  }
  const WORDS = ['棉花', '价格', '印染', '羊绒']
  const field = fc.subarray(WORDS).map((words) => words.join('，'))
  const corpus = fc.uniqueArray(
    fc.record<Fixture>({
      id: fc.constantFrom(...'abcdefghijkl'),
      day: fc.constantFrom('2026-11-01', '2026-11-02', '2026-11-03'),
      title: field,
      summary: field,
      body: field,
    }),
    { selector: (item) => item.id, minLength: 1, maxLength: 10 },
  )

  /** The ranking rule of server/core/search-text.ts, on texts made of whole words. */
  function expected(items: Fixture[], words: string[]) {
    const holds = (text: string) => words.every((word) => text.includes(word))
    function tierOf(item: Fixture) {
      const tier = [item.title, item.summary].findIndex(holds)
      if (tier >= 0) return tier
      return holds([item.title, item.summary, item.body].join('\n')) ? 2 : null
    }
    return items
      .filter((item) => tierOf(item) !== null)
      .sort(
        (a, b) =>
          (tierOf(a) as number) - (tierOf(b) as number) || b.day.localeCompare(a.day) || b.id.localeCompare(a.id),
      )
      .map((item) => item.id)
  }

  it('ranks as the rule says, and pages through every match once, whatever the page size', async () => {
    await fc.assert(
      fc.asyncProperty(
        corpus,
        fc.subarray(WORDS, { minLength: 1, maxLength: 2 }),
        fc.integer({ min: 1, max: 4 }),
        async (items, words, pageSize) => {
          const backend = await createTestBackend({
            kind,
            articles: items.map(({ id, day, ...texts }) => article(id, day, texts)),
          })
          try {
            const seen: string[] = []
            let cursor: string | null | undefined
            do {
              const page = await backend.data('articles.search', {
                q: words.join(' '),
                pageSize,
                ...(cursor ? { cursor } : {}),
              })
              expect(page.items.length).toBeLessThanOrEqual(pageSize)
              seen.push(...page.items.map((item) => item.id))
              cursor = page.nextCursor
            } while (cursor)
            expect(seen).toEqual(expected(items, words))
          } finally {
            await backend.close()
          }
        },
      ),
      { numRuns: 25 },
    )
  })
})

describe('search on an SQLite file made by an older version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wtt-old-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  async function oldFile(makeOld: (raw: Database.Database) => void) {
    const file = join(mkdtempSync(join(dir, 'file-')), 'old.db')
    const store = openSqliteStore(file)
    await store.upsertCategory({ id: 'news', name: '资讯' })
    for (const item of ARTICLES) await store.upsertArticle(item)
    await store.close()
    const raw = new Database(file)
    makeOld(raw)
    raw.close()
    return file
  }

  it.each([
    [
      'before search existed',
      (raw: Database.Database) => {
        raw.exec('DROP TABLE articles_search')
        raw.pragma('user_version = 0')
      },
    ],
    [
      'with the one-column index of pairs and characters',
      (raw: Database.Database) => {
        raw.exec(`DROP TABLE articles_search;
        CREATE VIRTUAL TABLE articles_search USING fts5(grams, chars, content = '', contentless_delete = 1);`)
        raw.pragma('user_version = 2')
      },
    ],
  ])('indexes the articles once, when a file made %s is opened', async (_label, makeOld) => {
    const reopened = openSqliteStore(await oldFile(makeOld))
    try {
      const hits = await reopened.searchArticles('印染', { limit: 10 })
      expect(hits.map((hit) => [hit.article.id, hit.tier])).toEqual([
        ['dyeing-title', 'title'],
        ['dyeing-summary', 'summary'],
        ['dyeing-body', 'body'],
        ['dyeing-body-older', 'body'],
      ])
    } finally {
      await reopened.close()
    }
  })
})

describe.each([
  ['wx-server-sdk', 'wx', wxServerSdkDriver],
  ['node-sdk', 'node', nodeSdkDriver],
] as const)('search on CloudBase (%s)', (_flavour, style, makeDriver) => {
  /** The store on a fresh stand-in, its driver counting the documents its queries answer. */
  function cloud() {
    const standIn = createStandInDatabase({ style })
    const driver = makeDriver(standIn)
    const counted = { docsRead: 0 }
    const counting: CloudDriver = {
      ...driver,
      async find(...args) {
        const docs = await driver.find(...args)
        counted.docsRead += docs.length
        return docs
      },
    }
    return { standIn, driver, counted, store: createCloudStore(counting) }
  }

  // A third of the articles have 棉花 in their title, a third in their summary, a third in their body.
  const cottonArticle = (n: number) => {
    const where = n % 3
    return makeArticle(n, {
      id: `cotton-${n}`,
      title: where === 0 ? `棉花行情 ${n}` : `行情 ${n}`,
      summary: where === 1 ? '棉花收购加快。' : '收购加快。',
      blocks: [paragraph(where === 2 ? '轧花厂的棉花收购加快。' : '轧花厂收购加快。')],
      publishedAt: new Date(Date.parse('2026-11-27T00:00:00Z') - n * 60_000).toISOString(),
    })
  }

  async function costOfSearches(articles: number) {
    const { standIn, counted, store } = cloud()
    await Promise.all(Array.from({ length: articles }, (_, n) => store.upsertArticle(cottonArticle(n))))
    const ctx = testContext(store, tmpdir())
    const call = async (payload: Payload<'articles.search'>) => {
      standIn.resetStats()
      counted.docsRead = 0
      const answer = await dispatch({ action: 'articles.search', payload }, ctx)
      if (!answer.ok) throw new Error(answer.error.message)
      const data = answer.data as Data<'articles.search'>
      return { data, requests: standIn.requests.length, docsRead: counted.docsRead }
    }
    const first = await call({ q: '棉花', pageSize: 20 })
    const deep = await call({ q: '棉花', pageSize: 20, cursor: first.data.nextCursor as string })
    const nothing = await call({ q: '量子纠缠' })
    return { first, deep, nothing }
  }

  it('costs the same few requests and a bounded number of documents at 100 and 10 000 articles', async () => {
    const small = await costOfSearches(100)
    const large = await costOfSearches(10_000)
    for (const { first, deep, nothing } of [small, large]) {
      expect(first.data.items).toHaveLength(20)
      // One query per tier, sent together; a page reads at most a page per tier.
      expect(first).toMatchObject({ requests: 3, docsRead: expect.any(Number) })
      expect(first.docsRead).toBeLessThanOrEqual(3 * 21)
      expect(deep.requests).toBe(3)
      expect(deep.docsRead).toBeLessThanOrEqual(3 * 21)
      // Nothing found: the three tiers, then the newest 100 of the window for the popular ones.
      expect(nothing.requests).toBe(4)
      expect(nothing.docsRead).toBeLessThanOrEqual(100)
      expect(nothing.data.popular).toHaveLength(5)
    }
    expect(large.first.docsRead).toBe(small.first.docsRead)
    expect(large.nothing.docsRead).toBe(small.nothing.docsRead)
  }, 60_000)

  it('finds articles written before the token field once reindexSearch has run, and again after a second run', async () => {
    const { standIn, driver, store } = cloud()
    for (const item of ARTICLES) await store.upsertArticle(item)
    // As the previous version wrote them: no token field, and `text` holding title, summary and body.
    const _ = driver.command
    const old = { searchTokens: _.remove(), text: '旧的全文' }
    await standIn
      .collection('articles')
      .where({})
      .update(style === 'wx' ? { data: old } : old)
    expect(await store.searchArticles('印染', { limit: 10 })).toEqual([])

    const ranked = [
      ['dyeing-title', 'title'],
      ['dyeing-summary', 'summary'],
      ['dyeing-body', 'body'],
      ['dyeing-body-older', 'body'],
    ]
    for (let run = 0; run < 2; run++) {
      // Two at a time: the pages by _id must add up to every article.
      expect(await reindexSearch(driver, 'articles', 2)).toBe(ARTICLES.length)
      const hits = await store.searchArticles('印染', { limit: 10 })
      expect(hits.map((hit) => [hit.article.id, hit.tier])).toEqual(ranked)
      expect(hits[3].body).toBe('走访了三家印染厂。')
    }
  })
})

describe('npm run reindex:cloud', () => {
  it('asks for the production database keys: without them it names them and exits non-zero', () => {
    const root = join(__dirname, '../..')
    const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/reindex-search.ts')], {
      cwd: root,
      env: { ...process.env, TCB_ENV_ID: '', TCB_SECRET_ID: '', TCB_SECRET_KEY: '' },
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('TCB_ENV_ID、TCB_SECRET_ID、TCB_SECRET_KEY')
  }, 30_000)
})
