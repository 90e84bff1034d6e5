import { addRead, HISTORY_LIMIT, parseHistory, toStored, type HistoryEntry } from '../../src/utils/historyList'

const entry = (n: number, readAt = `2026-11-27T0${n % 10}:00:00.000Z`): HistoryEntry => ({
  id: `article-${n}`,
  title: `第 ${n} 篇`,
  source: '梧桐台',
  publishedAt: '2026-11-01T00:00:00.000Z',
  readAt,
})

describe('addRead', () => {
  it('puts the article read on top, newest first', () => {
    const history = addRead(addRead([], entry(1)), entry(2))
    expect(history.map((item) => item.id)).toEqual(['article-2', 'article-1'])
  })

  it('reading an article again moves it to the top instead of listing it twice, with the new time', () => {
    const history = [entry(3), entry(2), entry(1)]
    const again = { ...entry(1), readAt: '2026-11-28T08:00:00.000Z' }
    const next = addRead(history, again)
    expect(next.map((item) => item.id)).toEqual(['article-1', 'article-3', 'article-2'])
    expect(next[0].readAt).toBe(again.readAt)
  })

  it(`keeps the last ${HISTORY_LIMIT}: the oldest falls off`, () => {
    const full = Array.from({ length: HISTORY_LIMIT }, (_, n) => entry(HISTORY_LIMIT - n))
    const next = addRead(full, entry(1000))
    expect(next).toHaveLength(HISTORY_LIMIT)
    expect(next[0].id).toBe('article-1000')
    expect(next[HISTORY_LIMIT - 1].id).toBe('article-2')
    expect(next.map((item) => item.id)).not.toContain('article-1')
  })

  it('leaves the list it was given alone', () => {
    const history = [entry(1)]
    addRead(history, entry(2))
    expect(history.map((item) => item.id)).toEqual(['article-1'])
  })
})

describe('parseHistory', () => {
  it('reads back what it stored, cover or not', () => {
    const history = [{ ...entry(2), cover: '/media/cover.jpg' }, entry(1)]
    expect(parseHistory(JSON.parse(JSON.stringify(toStored(history))))).toEqual(history)
  })

  it.each([
    ['nothing stored (WeChat answers an empty string)', ''],
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['text', 'garbage'],
    ['an older format: a bare list', [entry(1)]],
    ['an unknown version', { version: 2, entries: [entry(1)] }],
    ['entries that are not a list', { version: 1, entries: { 0: entry(1) } }],
  ])('ignores %s', (_label, stored) => {
    expect(parseHistory(stored)).toEqual([])
  })

  it('drops only the broken entries and keeps the rest in order', () => {
    const stored = {
      version: 1,
      entries: [
        entry(3),
        null,
        'article-9',
        { ...entry(8), id: '' },
        { ...entry(7), title: 7 },
        { ...entry(6), readAt: 'yesterday' },
        { ...entry(5), publishedAt: undefined },
        { ...entry(4), cover: 12 },
        entry(1),
      ],
    }
    const parsed = parseHistory(stored)
    expect(parsed.map((item) => item.id)).toEqual(['article-3', 'article-4', 'article-1'])
    // A cover of the wrong type is dropped, not the article.
    expect(parsed[1]).not.toHaveProperty('cover')
  })

  it(`keeps the first of duplicates and at most ${HISTORY_LIMIT}`, () => {
    const many = Array.from({ length: HISTORY_LIMIT + 20 }, (_, n) => entry(n))
    const stored = { version: 1, entries: [entry(5), ...many] }
    const parsed = parseHistory(stored)
    expect(parsed).toHaveLength(HISTORY_LIMIT)
    expect(parsed.filter((item) => item.id === 'article-5')).toHaveLength(1)
    expect(parsed[0]).toEqual(entry(5))
  })

  it('never carries fields it does not know into the history', () => {
    const stored = { version: 1, entries: [{ ...entry(1), phone: '13812345678' }] }
    expect(parseHistory(stored)).toEqual([entry(1)])
  })
})
