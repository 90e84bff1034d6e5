import { encodeCursor } from '../../server/core/cursor'
import { decodeSearchCursor, encodeSearchCursor } from '../../server/core/search-cursor'

describe('search cursor', () => {
  const key = { at: '2026-11-20T01:30:00.000Z', id: 'aksu-cotton' }

  it.each(['title', 'summary', 'body'] as const)('round-trips a key in the %s tier', (tier) => {
    expect(decodeSearchCursor(encodeSearchCursor({ tier, ...key }))).toEqual({ tier, ...key })
  })

  it.each([
    ['a feed cursor of articles.list', encodeCursor(key)],
    ['an unknown tier', `3${encodeCursor(key)}`],
    ['a tier alone', '0'],
    ['a forged key', `0${encodeCursor({ ...key, id: 'a b' })}`],
    ['garbage', '%%%'],
  ])('refuses %s as INVALID_ARGUMENT', (_label, cursor) => {
    expect(() => decodeSearchCursor(cursor)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message: '分页参数无效，请刷新后重试' }),
    )
  })
})
