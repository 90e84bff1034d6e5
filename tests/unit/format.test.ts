import { formatCount, formatDate } from '../../src/utils/format'

describe('formatDate', () => {
  it('shows the date in China time, whatever the device’s zone', () => {
    // 16:30 UTC is already the next morning in China.
    expect(formatDate('2026-03-17T16:30:00Z')).toBe('2026-03-18')
    expect(formatDate('2026-03-17T15:59:59Z')).toBe('2026-03-17')
    expect(formatDate('2026-03-18T00:10:00+08:00')).toBe('2026-03-18')
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
