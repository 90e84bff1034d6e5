import { formatReadTime } from '../../src/utils/readTime'

// 2026-03-18 10:00 in China.
const NOW = new Date('2026-03-18T02:00:00Z')

describe('formatReadTime', () => {
  it.each([
    ['earlier today, in China time', '2026-03-17T16:30:00Z', '今天 00:30'],
    ['just now', '2026-03-18T01:59:00Z', '今天 09:59'],
    ['yesterday, though the same day in UTC', '2026-03-17T15:59:00Z', '昨天 23:59'],
    ['yesterday morning', '2026-03-16T16:00:00Z', '昨天 00:00'],
    ['earlier this year', '2026-03-16T15:59:00Z', '3月16日'],
    ['a year before', '2025-12-31T15:00:00Z', '2025年12月31日'],
    ['New Year’s day in China, New Year’s Eve in UTC', '2025-12-31T16:00:00Z', '1月1日'],
  ])('%s: %s shows as %s', (_label, iso, shown) => {
    expect(formatReadTime(iso, NOW)).toBe(shown)
  })
})
