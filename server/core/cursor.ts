import { invalid } from './errors'
import { ID_PATTERN } from '../../src/contract/rules'

/**
 * Where a page ends: the last item's sort key, newest first and then by id
 * (an article's publishedAt, a favorite's time of saving).
 */
export interface CursorKey {
  at: string
  id: string
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
/** What a caller hears for any cursor we did not make. */
export const forgedCursor = () => invalid('分页参数无效，请刷新后重试')

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.at, key.id])).toString('base64url')
}

export const isCursorAt = (at: unknown): at is string =>
  typeof at === 'string' && ISO_UTC.test(at) && !Number.isNaN(Date.parse(at))
export const isCursorId = (id: unknown): id is string => typeof id === 'string' && ID_PATTERN.test(id)

/** The pair of values a cursor of ours encodes; anything else is a forged cursor. */
export function cursorPair(cursor: string): [unknown, unknown] {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw forgedCursor()
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw forgedCursor()
  return parsed as [unknown, unknown]
}

/** Opaque to callers; anything we did not make is INVALID_ARGUMENT. */
export function decodeCursor(cursor: string): CursorKey {
  const [at, id] = cursorPair(cursor)
  if (!isCursorAt(at) || !isCursorId(id) || encodeCursor({ at, id }) !== cursor) throw forgedCursor()
  return { at, id }
}
