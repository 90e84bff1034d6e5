import type { ArticleSummary } from '../../src/contract/models'
import { cachedFeedState, feedReducer, initialFeedState, type FeedState } from '../../src/hooks/feedState'

const summary = (id: string): ArticleSummary => ({
  id,
  title: `标题 ${id}`,
  summary: '摘要',
  category: 'news',
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
    ['a tab switch', { type: 'select', category: 'market' }],
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

  it('clears the list while another tab loads', () => {
    const state = feedReducer(ready, { type: 'select', category: 'news' })
    expect(state).toMatchObject({ category: 'news', items: [], phase: 'loading', nextCursor: null })
    expect(state.categories).toEqual(ready.categories)
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
