import { decodeCursor, encodeCursor } from '../../server/core/cursor'
import { ApiFailure } from '../../server/core/errors'

describe('cursor', () => {
  const key = { at: '2026-11-20T01:30:00.000Z', id: 'aksu-cotton' }

  it('round-trips the key it was made from', () => {
    expect(decodeCursor(encodeCursor(key))).toEqual(key)
  })

  it.each([
    ['garbage', '%%%'],
    ['another encoding of the same bytes', encodeCursor(key) + '='],
    ['a key with a bad id', encodeCursor({ ...key, id: 'a b' })],
    ['a key with a local time', encodeCursor({ ...key, at: '2026-11-20 09:30' })],
  ])('refuses %s as INVALID_ARGUMENT', (_label, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(ApiFailure)
    expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }))
  })
})
