import { formatCount, formatFullTime, formatListTime } from '../../src/utils/format'

// 2026-03-18 10:00 in China, 02:00 UTC.
const NOW = new Date('2026-03-18T02:00:00Z')

describe('formatListTime: a card’s 发布时间, in China time', () => {
  it.each([
    ['this very moment', '2026-03-18T02:00:00Z', '刚刚'],
    ['59 seconds before', '2026-03-18T01:59:01Z', '刚刚'],
    ['ahead of the device’s clock', '2026-03-18T02:05:00Z', '刚刚'],
    ['one minute before', '2026-03-18T01:59:00Z', '1分钟前'],
    ['59 minutes before', '2026-03-18T01:01:00Z', '59分钟前'],
    ['an hour before', '2026-03-18T01:00:00Z', '1小时前'],
    ['at midnight in China, still today there (yesterday in UTC)', '2026-03-17T16:00:00Z', '10小时前'],
    ['a minute before midnight in China: yesterday', '2026-03-17T15:59:00Z', '昨天 23:59'],
    ['the first minute of yesterday in China', '2026-03-16T16:00:00Z', '昨天 00:00'],
    ['the day before yesterday', '2026-03-16T15:59:00Z', '3月16日'],
    ['New Year’s day in China, New Year’s Eve in UTC', '2025-12-31T16:00:00Z', '1月1日'],
    ['last year', '2025-12-31T15:59:00Z', '2025年12月31日'],
  ])('%s: %s shows as %s', (_label, iso, shown) => {
    expect(formatListTime(iso, NOW)).toBe(shown)
  })

  it('counts hours of today only: at 00:30 in China, 23:50 the evening before is 昨天', () => {
    const justAfterMidnight = new Date('2026-03-17T16:30:00Z')
    expect(formatListTime('2026-03-17T15:50:00Z', justAfterMidnight)).toBe('40分钟前')
    expect(formatListTime('2026-03-17T14:50:00Z', justAfterMidnight)).toBe('昨天 22:50')
  })
})

describe('formatFullTime: the article page’s 发布时间', () => {
  it('shows the date and time in China', () => {
    expect(formatFullTime('2026-03-17T16:30:00Z')).toBe('2026年3月18日 00:30')
    expect(formatFullTime('2026-03-18T09:05:00+08:00')).toBe('2026年3月18日 09:05')
    expect(formatFullTime('2025-12-31T15:59:00Z')).toBe('2025年12月31日 23:59')
  })
})

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [9999, '9999'],
    [10_000, '1万'],
    [12_345, '1.2万'],
    [99_999, '9.9万'],
    [100_000, '10万+'],
  ])('shows %d as %s', (count, shown) => {
    expect(formatCount(count)).toBe(shown)
  })
})
