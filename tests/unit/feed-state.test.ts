import type { ArticleSummary } from '../../src/contract/models'
import { cachedFeedState, feedReducer, initialFeedState, type FeedState } from '../../src/hooks/feedState'

const summary = (id: string, category = 'news'): ArticleSummary => ({
  id,
  title: `标题 ${id}`,
  summary: '摘要',
  category,
  source: '梧桐台',
  publishedAt: '2026-11-20T01:00:00.000Z',
  readCount: 1,
})

const ready: FeedState = {
  ...initialFeedState,
  phase: 'ready',
  categories: [{ id: 'news', name: '资讯' }],
  items: [summary('a'), summary('b')],
  nextCursor: 'c1',
}

describe('feedReducer', () => {
  it('shows the first page and the tabs when they arrive', () => {
    const state = feedReducer(initialFeedState, {
      type: 'loaded',
      append: false,
      data: { items: [summary('a')], nextCursor: null, categories: [{ id: 'market', name: '市场行情' }] },
    })
    expect(state).toMatchObject({
      phase: 'ready',
      items: [summary('a')],
      categories: [{ id: 'market', name: '市场行情' }],
    })
  })

  it('appends the next page without showing a card twice', () => {
    const loading = feedReducer(ready, { type: 'more' })
    expect(loading.loadingMore).toBe(true)
    const state = feedReducer(loading, {
      type: 'loaded',
      append: true,
      data: { items: [summary('b'), summary('c')], nextCursor: null },
    })
    expect(state.items.map((item) => item.id)).toEqual(['a', 'b', 'c'])
    expect(state).toMatchObject({ loadingMore: false, nextCursor: null })
  })

  it('keeps the list when the next page fails, with a message for 重试', () => {
    const state = feedReducer(feedReducer(ready, { type: 'more' }), {
      type: 'failed',
      append: true,
      message: '网络不给力',
    })
    expect(state).toMatchObject({ phase: 'ready', items: ready.items, loadingMore: false, moreError: '网络不给力' })
  })

  it('keeps what the reader sees when a refresh fails', () => {
    const state = feedReducer(feedReducer(ready, { type: 'refresh' }), { type: 'failed', append: false, message: 'x' })
    expect(state).toMatchObject({ phase: 'ready', items: ready.items, error: null })
  })

  it('shows the error state when the first page fails, and loads again on 重试', () => {
    const failed = feedReducer(initialFeedState, { type: 'failed', append: false, message: '网络不给力' })
    expect(failed).toMatchObject({ phase: 'error', error: '网络不给力' })
    expect(feedReducer(failed, { type: 'refresh' }).phase).toBe('loading')
  })

  it.each([
    ['a tab switch', { type: 'select', category: 'market', scrollTop: 0 }],
    ['a refresh', { type: 'refresh' }],
  ] as const)('never leaves the foot on 正在加载… after %s drops the next page on its way', (_label, event) => {
    const superseded = feedReducer(feedReducer(ready, { type: 'more' }), event)
    const state = feedReducer(superseded, {
      type: 'loaded',
      append: false,
      data: { items: [summary('x')], nextCursor: 'c2' },
    })
    expect(state).toMatchObject({ phase: 'ready', loadingMore: false, nextCursor: 'c2' })
  })

  it('clears the list while a tab never opened loads', () => {
    const state = feedReducer(ready, { type: 'select', category: 'news', scrollTop: 0 })
    expect(state).toMatchObject({ category: 'news', items: [], phase: 'loading', nextCursor: null })
    expect(state.categories).toEqual(ready.categories)
  })

  describe('switching tabs', () => {
    const threePages = [summary('a'), summary('b'), summary('c'), summary('d')]
    const deep: FeedState = { ...ready, items: threePages, nextCursor: 'c3' }

    it('keeps each tab’s list, every page loaded, and where it was scrolled, to show it again as it was', () => {
      const away = feedReducer(deep, { type: 'select', category: 'market', scrollTop: 1800 })
      expect(away.kept['']).toEqual({
        list: expect.objectContaining({ items: threePages, nextCursor: 'c3', phase: 'ready' }),
        scrollTop: 1800,
      })
      const market = feedReducer(away, {
        type: 'loaded',
        append: false,
        data: { items: [summary('m1', 'market')], nextCursor: null },
      })

      const back = feedReducer(market, { type: 'select', category: '', scrollTop: 300 })
      expect(back).toMatchObject({ category: '', phase: 'ready', items: threePages, nextCursor: 'c3' })
      // The tab just left is kept in turn; the one shown is no longer among the kept.
      expect(Object.keys(back.kept)).toEqual(['market'])
      expect(back.kept.market).toEqual({
        list: expect.objectContaining({ items: [summary('m1', 'market')] }),
        scrollTop: 300,
      })
    })

    it('a tab left while its next page was on its way comes back with a foot that does not wait for it', () => {
      const loadingMore = feedReducer(deep, { type: 'more' })
      const back = feedReducer(feedReducer(loadingMore, { type: 'select', category: 'market', scrollTop: 0 }), {
        type: 'select',
        category: '',
        scrollTop: 0,
      })
      expect(back).toMatchObject({ items: threePages, loadingMore: false, nextCursor: 'c3' })
    })

    it('a tab left while loading or failed is not kept: it starts again', () => {
      const loading = feedReducer(deep, { type: 'select', category: 'market', scrollTop: 0 })
      const failed = feedReducer(loading, { type: 'failed', append: false, message: 'x' })
      const elsewhere = feedReducer(failed, { type: 'select', category: '', scrollTop: 0 })
      expect(elsewhere.kept).toEqual({})
      expect(feedReducer(elsewhere, { type: 'select', category: 'market', scrollTop: 0 })).toMatchObject({
        phase: 'loading',
        items: [],
      })
    })
  })

  describe('a tab that cannot reach the network', () => {
    const all: FeedState = {
      ...ready,
      items: [summary('a', 'market'), summary('b', 'news'), summary('c', 'market')],
    }

    it('shows the 全部 articles of its category on hand, marked 离线内容, rather than 加载失败', () => {
      const market = feedReducer(all, { type: 'select', category: 'market', scrollTop: 0 })
      const offline = feedReducer(market, { type: 'failed', append: false, message: '网络不给力' })
      expect(offline).toMatchObject({ phase: 'ready', offline: true, error: null, nextCursor: null })
      expect(offline.items.map((item) => item.id)).toEqual(['a', 'c'])
    })

    it('falls back on what the device kept at launch too, each article once', () => {
      const launched = cachedFeedState({ items: [summary('k1', 'market'), summary('a', 'market')], nextCursor: null })
      const state = { ...launched, items: [summary('a', 'market'), summary('b', 'news')] }
      const market = feedReducer(state, { type: 'select', category: 'market', scrollTop: 0 })
      const offline = feedReducer(market, { type: 'failed', append: false, message: 'x' })
      expect(offline.items.map((item) => item.id)).toEqual(['a', 'k1'])
    })

    it('with nothing of its category on hand, it is an error with 重试; once answered, a fresh list', () => {
      const empty = feedReducer(all, { type: 'select', category: 'policy', scrollTop: 0 })
      const failed = feedReducer(empty, { type: 'failed', append: false, message: '网络不给力' })
      expect(failed).toMatchObject({ phase: 'error', error: '网络不给力' })

      const market = feedReducer(all, { type: 'select', category: 'market', scrollTop: 0 })
      const offline = feedReducer(market, { type: 'failed', append: false, message: 'x' })
      const fresh = feedReducer(feedReducer(offline, { type: 'refresh' }), {
        type: 'loaded',
        append: false,
        data: { items: [summary('m9', 'market')], nextCursor: 'n' },
      })
      expect(fresh).toMatchObject({ offline: false, items: [summary('m9', 'market')], nextCursor: 'n' })
    })
  })

  describe('painted from the device, then refreshed', () => {
    const kept = cachedFeedState({
      items: [summary('a'), summary('b')],
      nextCursor: 'c1',
      categories: [{ id: 'news', name: '资讯' }],
    })

    it('shows the kept list and tabs at once, not a skeleton', () => {
      expect(kept).toMatchObject({ phase: 'ready', items: [summary('a'), summary('b')], offline: false })
      expect(kept.categories).toEqual([{ id: 'news', name: '资讯' }])
    })

    it('a failed refresh keeps the list and marks it offline; the next answer clears the mark', () => {
      const failed = feedReducer(kept, { type: 'failed', message: '网络不可用', append: false })
      expect(failed).toMatchObject({ phase: 'ready', items: kept.items, offline: true })
      const fresh = feedReducer(failed, {
        type: 'loaded',
        append: false,
        data: { items: [summary('z')], nextCursor: null },
      })
      expect(fresh).toMatchObject({ items: [summary('z')], offline: false, categories: kept.categories })
    })

    it('a failed next page is not an offline list, and a first launch that fails is an error, not offline', () => {
      expect(feedReducer(kept, { type: 'failed', message: 'x', append: true }).offline).toBe(false)
      expect(feedReducer(initialFeedState, { type: 'failed', message: 'x', append: false })).toMatchObject({
        phase: 'error',
        offline: false,
      })
    })
  })
})
