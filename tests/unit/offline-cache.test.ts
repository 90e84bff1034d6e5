import type { Data } from '../../src/contract/api'
import type { ArticleSummary, Block } from '../../src/contract/models'

/**
 * Taro's storage as WeChat keeps it: values copied as JSON; a missing key
 * reads as ''. Text that is not JSON (a damaged file) makes a read throw, and
 * past `quota` characters in all a write fails like WeChat's when full.
 */
const mockStorage = new Map<string, string>()
const mockFailing = { get: false, set: false, quota: Infinity }
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (key: string) => {
      if (mockFailing.get) throw new Error('getStorageSync:fail')
      return mockStorage.has(key) ? JSON.parse(mockStorage.get(key) as string) : ''
    },
    setStorageSync: (key: string, value: unknown) => {
      const text = JSON.stringify(value)
      let used = text.length
      for (const [other, stored] of mockStorage) if (other !== key) used += stored.length
      if (mockFailing.set || used > mockFailing.quota)
        throw new Error('setStorageSync:fail exceed storage max size 10MB')
      mockStorage.set(key, text)
    },
    removeStorageSync: (key: string) => mockStorage.delete(key),
    getStorageInfoSync: () => ({ keys: [...mockStorage.keys()], currentSize: 0, limitSize: 10240 }),
  },
}))

type Cache = typeof import('../../src/device/offlineCache')
let cache: Cache

/** A launch of the app: the module's memory starts empty, the storage stays. */
async function launch() {
  jest.resetModules()
  cache = await import('../../src/device/offlineCache')
}

const INDEX = 'wtt:cache'
const entryKey = (key: string) => `wtt:cache:${key}`
const isText = (value: unknown): value is string => typeof value === 'string'
const cachedText = (key: string) => cache.readCached(key, isText)?.value
const storedIndex = () => JSON.parse(mockStorage.get(INDEX) as string)

/** Values whose entries take 400 000 bytes or so: five fit in the 2 MB budget, six do not. */
const large = (mark: string) => mark + 'x'.repeat(400_000)

let warn: jest.SpyInstance

beforeEach(async () => {
  mockStorage.clear()
  Object.assign(mockFailing, { get: false, set: false, quota: Infinity })
  jest.useFakeTimers()
  jest.setSystemTime(new Date('2026-03-18T01:30:00.000Z'))
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  await launch()
})

afterEach(() => {
  jest.useRealTimers()
  warn.mockRestore()
})

describe('device cache', () => {
  it('clearCached (注销账号) forgets every entry, those its index lost track of too, in this launch and the next', async () => {
    cache.writeCached('feed', '第一页')
    cache.writeCached('article:a1', '正文')
    mockStorage.set(entryKey('article:orphan'), JSON.stringify({ v: 1, savedAt: 1, value: '孤儿' }))
    mockStorage.set('wtt:font-size', JSON.stringify('large'))

    cache.clearCached()
    expect(cachedText('feed')).toBeUndefined()
    expect(cachedText('article:a1')).toBeUndefined()
    expect([...mockStorage.keys()].filter((key) => key.startsWith('wtt:cache:'))).toEqual([])
    // Only the cache: the reader's other settings stay.
    expect(mockStorage.get('wtt:font-size')).toBe('"large"')

    await launch()
    expect(cachedText('feed')).toBeUndefined()
    cache.writeCached('feed', '又一页')
    expect(cachedText('feed')).toBe('又一页')
  })

  it('gives back what was written, with when, in this launch and the next', async () => {
    expect(cache.readCached('feed', isText)).toBeUndefined()
    cache.writeCached('feed', '第一页')
    expect(cache.readCached('feed', isText)).toEqual({
      value: '第一页',
      savedAt: Date.parse('2026-03-18T01:30:00.000Z'),
    })

    jest.advanceTimersByTime(60_000)
    cache.writeCached('feed', '新的第一页')
    jest.runAllTimers()
    await launch()
    expect(cache.readCached('feed', isText)).toEqual({
      value: '新的第一页',
      savedAt: Date.parse('2026-03-18T01:31:00.000Z'),
    })
    expect(storedIndex().e.map(([key]: [string]) => key)).toEqual(['feed'])
    expect(warn).not.toHaveBeenCalled()
  })

  it('forgets an entry on remove', () => {
    cache.writeCached('a', 'A')
    cache.writeCached('b', 'B')
    cache.removeCached('a')
    expect(cachedText('a')).toBeUndefined()
    expect(cachedText('b')).toBe('B')
    expect(mockStorage.has(entryKey('a'))).toBe(false)
    expect(storedIndex().e.map(([key]: [string]) => key)).toEqual(['b'])
  })

  it('evicts the least recently used entries to stay within the budget', () => {
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.writeCached(key, large(key))
    for (const key of ['a', 'b', 'c', 'd', 'e']) expect(mockStorage.has(entryKey(key))).toBe(true)

    cache.writeCached('f', large('f'))
    expect(cachedText('a')).toBeUndefined()
    expect(mockStorage.has(entryKey('a'))).toBe(false)
    expect(cachedText('f')).toBe(large('f'))

    // Rewriting a key replaces its entry and makes it the newest.
    cache.writeCached('b', large('B'))
    cache.writeCached('g', large('g'))
    expect([...mockStorage.keys()].filter((key) => key !== INDEX).sort()).toEqual(
      ['b', 'd', 'e', 'f', 'g'].map(entryKey),
    )
    expect(cachedText('b')).toBe(large('B'))
  })

  it('keeps an entry just read, also in the next launch', async () => {
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.writeCached(key, large(key))
    expect(cachedText('a')).toBe(large('a'))
    jest.runAllTimers()

    await launch()
    cache.writeCached('f', large('f'))
    expect(cachedText('a')).toBe(large('a'))
    expect(cachedText('b')).toBeUndefined()
    expect(mockStorage.has(entryKey('b'))).toBe(false)
  })

  it('counts text beyond ASCII at its UTF-8 size', () => {
    // 200 000 Chinese characters are 600 000 bytes: over the 512 KB a single entry may take.
    cache.writeCached('zh', '棉'.repeat(200_000))
    expect(cachedText('zh')).toBeUndefined()
    cache.writeCached('zh', '棉'.repeat(150_000))
    expect(cachedText('zh')).toBe('棉'.repeat(150_000))
  })

  it('does not keep an entry larger than the cap, and evicts nothing for it', () => {
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.writeCached(key, large(key))
    cache.writeCached('big', 'x'.repeat(600_000))
    expect(cachedText('big')).toBeUndefined()
    expect(mockStorage.has(entryKey('big'))).toBe(false)
    for (const key of ['a', 'b', 'c', 'd', 'e']) expect(cachedText(key)).toBe(large(key))
    expect(warn).toHaveBeenCalled()
  })

  it('drops the older value of a key whose new value is too large', () => {
    cache.writeCached('article:1', 'old')
    cache.writeCached('article:1', 'x'.repeat(600_000))
    expect(cachedText('article:1')).toBeUndefined()
    expect(mockStorage.has(entryKey('article:1'))).toBe(false)
  })

  it.each([
    ['text that is not JSON', '{"v":1,"savedAt":'],
    ['another version', JSON.stringify({ v: 2, savedAt: 1, value: 'A' })],
    ['no envelope', JSON.stringify('A')],
    ['a savedAt that is not a time', JSON.stringify({ v: 1, savedAt: '2026-03-18', value: 'A' })],
    ['a value of another shape', JSON.stringify({ v: 1, savedAt: 1, value: { text: 'A' } })],
    ['null', 'null'],
    ['nothing', undefined],
  ])('reads an entry holding %s as absent, drops it, and goes on', async (_label, stored) => {
    cache.writeCached('a', 'A')
    cache.writeCached('b', 'B')
    if (stored === undefined) mockStorage.delete(entryKey('a'))
    else mockStorage.set(entryKey('a'), stored)

    expect(cache.readCached('a', isText)).toBeUndefined()
    expect(mockStorage.has(entryKey('a'))).toBe(false)
    expect(storedIndex().e.map(([key]: [string]) => key)).toEqual(['b'])
    expect(cachedText('b')).toBe('B')

    cache.writeCached('a', 'A again')
    await launch()
    expect(cachedText('a')).toBe('A again')
  })

  it('reads an entry whose validator throws as absent', () => {
    cache.writeCached('a', 'A')
    const throwing = (_value: unknown): _value is string => {
      throw new TypeError('boom')
    }
    expect(cache.readCached('a', throwing)).toBeUndefined()
    expect(cachedText('a')).toBeUndefined()
  })

  it.each([
    ['text that is not JSON', '[[["'],
    ['another version', JSON.stringify({ v: 2, e: [['a', 10]] })],
    ['entries of another shape', JSON.stringify({ v: 1, e: [{ key: 'a', size: 10 }] })],
    ['a size that is not a number', JSON.stringify({ v: 1, e: [['a', '10']] })],
    ['a list', JSON.stringify([['a', 10]])],
    ['nothing', undefined],
  ])('starts empty on an index holding %s, removing the entries it lost', async (_label, stored) => {
    cache.writeCached('a', 'A')
    cache.writeCached('b', 'B')
    mockStorage.set('wtt:font-size', JSON.stringify('large'))
    if (stored === undefined) mockStorage.delete(INDEX)
    else mockStorage.set(INDEX, stored)

    await launch()
    expect(cachedText('a')).toBeUndefined()
    expect(cachedText('b')).toBeUndefined()
    expect([...mockStorage.keys()].filter((key) => key !== INDEX)).toEqual(['wtt:font-size'])

    cache.writeCached('c', 'C')
    jest.runAllTimers()
    await launch()
    expect(cachedText('c')).toBe('C')
    expect(storedIndex()).toEqual({ v: 1, e: [['c', expect.any(Number)]] })
  })

  it('never throws when storage refuses every write, and keeps nothing half-written', async () => {
    cache.writeCached('a', 'A')
    mockFailing.set = true
    expect(() => cache.writeCached('b', 'B')).not.toThrow()
    expect(() => cache.writeCached('a', 'A2')).not.toThrow()
    expect(() => cache.removeCached('a')).not.toThrow()
    expect(() => jest.runAllTimers()).not.toThrow()
    expect(cachedText('b')).toBeUndefined()
    expect(warn).toHaveBeenCalled()

    mockFailing.set = false
    cache.writeCached('b', 'B')
    await launch()
    expect(cachedText('b')).toBe('B')
  })

  it('keeps the index true when storage is full for the entry but not the index', async () => {
    cache.writeCached('a', 'A')
    mockFailing.quota = 2_000
    expect(() => cache.writeCached('b', 'y'.repeat(5_000))).not.toThrow()
    expect(cachedText('b')).toBeUndefined()
    expect(mockStorage.has(entryKey('b'))).toBe(false)

    await launch()
    expect(storedIndex().e.map(([key]: [string]) => key)).toEqual(['a'])
    expect(cachedText('a')).toBe('A')
    cache.writeCached('c', 'C')
    expect(cachedText('c')).toBe('C')
  })

  it('never throws when storage cannot be read at all', () => {
    cache.writeCached('a', 'A')
    mockFailing.get = true
    expect(() => cache.readCached('a', isText)).not.toThrow()
    expect(cachedText('a')).toBeUndefined()
  })

  it('never throws on a value that is not JSON', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(() => cache.writeCached('a', cyclic)).not.toThrow()
    expect(() => cache.writeCached('b', BigInt(1))).not.toThrow()
    expect(mockStorage.has(entryKey('a'))).toBe(false)
  })
})

const summary = (id: string): ArticleSummary => ({
  id,
  title: '棉价走势',
  summary: '本周棉花期货小幅上涨。',
  category: 'market',
  source: '梧桐台',
  publishedAt: '2026-03-18T01:30:00.000Z',
  readCount: 12,
})

const blocks: Block[] = [
  { type: 'heading', level: 2, text: '行情' },
  { type: 'paragraph', spans: [{ text: '棉花' }, { text: '上涨', bold: true }] },
  { type: 'quote', spans: [{ text: '来源', href: 'https://example.com' }] },
  { type: 'list', ordered: true, items: [[{ text: '一' }], [{ text: '二' }]] },
  { type: 'image', src: 'https://example.com/a.jpg', width: 800, height: 600 },
]

const feedPage: Data<'articles.list'> = {
  items: [{ ...summary('a1'), cover: 'https://example.com/c.jpg' }, summary('a2')],
  nextCursor: 'opaque',
  categories: [{ id: 'market', name: '行情' }],
}

const articleAnswer: Data<'articles.get'> = {
  article: { ...summary('a1'), author: '编辑部', tags: ['棉花'], blocks },
  related: [summary('a2')],
  favorited: false,
  comments: { count: 0, items: [], nextCursor: null },
}

describe('cached answer shapes', () => {
  it.each([
    ['a first page with the tabs', feedPage],
    ['a last page without them', { items: [summary('a1')], nextCursor: null }],
    ['an empty page', { items: [], nextCursor: null }],
  ])('accepts %s as a feed page', (_label, value) => {
    expect(cache.isFeedPage(value)).toBe(true)
    expect(cache.isFeedPage(JSON.parse(JSON.stringify(value)))).toBe(true)
  })

  it.each([
    ['null', null],
    ['a list', [summary('a1')]],
    ['an older page shape', { list: [summary('a1')], hasMore: true }],
    ['a page without nextCursor', { items: [summary('a1')] }],
    ['an item without readCount', { ...feedPage, items: [{ ...summary('a1'), readCount: undefined }] }],
    ['an item with a numeric id', { ...feedPage, items: [{ ...summary('a1'), id: 7 }] }],
    ['an item with an object cover', { ...feedPage, items: [{ ...summary('a1'), cover: { url: 'x' } }] }],
    ['tabs of names only', { ...feedPage, categories: ['行情'] }],
  ])('refuses %s as a feed page', (_label, value) => {
    expect(cache.isFeedPage(value)).toBe(false)
  })

  it('accepts an article answer, also after storage', () => {
    expect(cache.isArticleAnswer(articleAnswer)).toBe(true)
    expect(cache.isArticleAnswer(JSON.parse(JSON.stringify(articleAnswer)))).toBe(true)
    expect(cache.isArticleAnswer({ ...articleAnswer, related: [], favorited: true })).toBe(true)
  })

  it.each([
    ['null', null],
    ['the article alone', articleAnswer.article],
    ['an answer without favorited', { article: articleAnswer.article, related: [] }],
    ['an answer without related', { article: articleAnswer.article, favorited: true }],
    ['an answer kept before comments existed', { article: articleAnswer.article, related: [], favorited: false }],
    ['an article of HTML', { ...articleAnswer, article: { ...summary('a1'), content: '<p>棉花</p>' } }],
    ['blocks of another shape', { ...articleAnswer, article: { ...articleAnswer.article, blocks: ['<p>'] } }],
    [
      'a block of an unknown type',
      { ...articleAnswer, article: { ...articleAnswer.article, blocks: [{ type: 'video', src: 'x' }] } },
    ],
    [
      'a paragraph of text',
      { ...articleAnswer, article: { ...articleAnswer.article, blocks: [{ type: 'paragraph', text: '棉花' }] } },
    ],
    ['a list without items', { ...articleAnswer, article: { ...articleAnswer.article, blocks: [{ type: 'list' }] } }],
    [
      'an image without src',
      { ...articleAnswer, article: { ...articleAnswer.article, blocks: [{ type: 'image', url: 'x' }] } },
    ],
    ['related of ids', { ...articleAnswer, related: ['a2'] }],
    ['an article without publishedAt', { ...articleAnswer, article: { ...articleAnswer.article, publishedAt: 1 } }],
  ])('refuses %s as an article answer', (_label, value) => {
    expect(cache.isArticleAnswer(value)).toBe(false)
  })

  it('serves a stored answer to its screen only when it has the shape', () => {
    cache.writeCached('article:a1', articleAnswer)
    cache.writeCached('feed', feedPage)
    expect(cache.readCached('article:a1', cache.isArticleAnswer)?.value).toEqual(articleAnswer)
    expect(cache.readCached('feed', cache.isFeedPage)?.value).toEqual(feedPage)
    expect(cache.readCached('feed', cache.isArticleAnswer)).toBeUndefined()
  })
})
