import { invalid } from './errors'
import { ID_PATTERN } from './ids'

/** Where a page ends: the last item's sort key (publishedAt desc, id desc). */
export interface CursorKey {
  publishedAt: string
  id: string
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.publishedAt, key.id])).toString('base64url')
}

/** Opaque to callers; anything we did not make is INVALID_ARGUMENT. */
export function decodeCursor(cursor: string): CursorKey {
  const forged = invalid('分页参数无效，请刷新后重试')
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw forged
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw forged
  const [publishedAt, id] = parsed as unknown[]
  if (typeof publishedAt !== 'string' || !ISO_UTC.test(publishedAt) || Number.isNaN(Date.parse(publishedAt)))
    throw forged
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw forged
  if (encodeCursor({ publishedAt, id }) !== cursor) throw forged
  return { publishedAt, id }
}
