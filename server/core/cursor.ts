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

/** Opaque to callers; anything we did not make is INVALID_ARGUMENT. */
export function decodeCursor(cursor: string): CursorKey {
  const forged = forgedCursor()
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw forged
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw forged
  const [at, id] = parsed as unknown[]
  if (typeof at !== 'string' || !ISO_UTC.test(at) || Number.isNaN(Date.parse(at))) throw forged
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw forged
  if (encodeCursor({ at, id }) !== cursor) throw forged
  return { at, id }
}
