import { clearRecentSearches, loadRecentSearches, rememberSearch } from '../../src/device/searchHistory'

/** Taro's storage as WeChat keeps it: values copied as JSON; a missing key reads as ''. */
const mockStorage = new Map<string, string>()
const mockFailing = { set: false }
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (key: string) => (mockStorage.has(key) ? JSON.parse(mockStorage.get(key) as string) : ''),
    setStorageSync: (key: string, value: unknown) => {
      if (mockFailing.set) throw new Error('setStorageSync:fail exceed storage max size 10MB')
      mockStorage.set(key, JSON.stringify(value))
    },
    removeStorageSync: (key: string) => mockStorage.delete(key),
  },
}))

const KEY = 'wtt:search-history'

beforeEach(() => {
  mockStorage.clear()
  mockFailing.set = false
})

describe('recent searches', () => {
  it('keeps the newest first, each query once, at most 10, across reads', () => {
    for (const query of ['棉花', '羊绒', '面料', '棉花']) rememberSearch(query)
    expect(loadRecentSearches()).toEqual(['棉花', '面料', '羊绒'])

    for (let i = 1; i <= 12; i++) rememberSearch(`词${i}`)
    const recent = loadRecentSearches()
    expect(recent).toHaveLength(10)
    expect(recent[0]).toBe('词12')
    expect(recent).not.toContain('棉花')
  })

  it('returns the new list even when mockStorage refuses to keep it', () => {
    rememberSearch('棉花')
    mockFailing.set = true
    expect(rememberSearch('羊绒')).toEqual(['羊绒', '棉花'])
    expect(loadRecentSearches()).toEqual(['棉花'])
  })

  it('forgets everything on clear', () => {
    rememberSearch('棉花')
    clearRecentSearches()
    expect(loadRecentSearches()).toEqual([])
    expect(mockStorage.has(KEY)).toBe(false)
  })

  it.each([
    ['a string', '棉花'],
    ['an object', { queries: ['棉花'] }],
    ['a number', 7],
    ['null', null],
  ])('reads %s in mockStorage as no history', (_label, stored) => {
    mockStorage.set(KEY, JSON.stringify(stored))
    expect(loadRecentSearches()).toEqual([])
    expect(rememberSearch('羊绒')).toEqual(['羊绒'])
  })

  it('drops bad entries one by one and keeps the good ones', () => {
    mockStorage.set(KEY, JSON.stringify([' 棉花 ', 3, '', '棉花', { q: 'x' }, 'y'.repeat(51), '羊绒']))
    expect(loadRecentSearches()).toEqual(['棉花', '羊绒'])
  })

  it('reads a mockStorage that throws as no history', () => {
    mockStorage.set(KEY, '{not json')
    expect(loadRecentSearches()).toEqual([])
  })
})
