import type { CursorKey } from '../core/cursor'
import { invalid } from '../core/errors'
import type { SelectedKey } from '../store/comments'
import { ID_PATTERN } from '../../src/contract/rules'

/** Where one part of the list resumes: from its start, after a key, or nowhere (done). */
export type Part<K> = { after?: K } | 'done'

/**
 * Where a page of an article's comments ends, in each of its two parts: the
 * reader's own unselected comments (newest first), then the selected ones
 * (most liked, then newest).
 */
export interface CommentPosition {
  own: Part<CursorKey>
  selected: Part<SelectedKey>
}

export const LIST_START: CommentPosition = { own: {}, selected: {} }

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

type Encoded = [unknown, unknown]

export function encodeCommentCursor({ own, selected }: CommentPosition): string {
  const ownPart = own === 'done' ? null : own.after ? [own.after.at, own.after.id] : []
  const selectedPart =
    selected === 'done' ? null : selected.after ? [selected.after.likes, selected.after.at, selected.after.id] : []
  return Buffer.from(JSON.stringify([ownPart, selectedPart])).toString('base64url')
}

const isAt = (at: unknown): at is string => typeof at === 'string' && ISO_UTC.test(at) && !Number.isNaN(Date.parse(at))
const isId = (id: unknown): id is string => typeof id === 'string' && ID_PATTERN.test(id)

function partOf<K>(value: unknown, size: number, read: (items: unknown[]) => K | null): Part<K> | null {
  if (value === null) return 'done'
  if (!Array.isArray(value)) return null
  if (value.length === 0) return {}
  if (value.length !== size) return null
  const after = read(value)
  return after ? { after } : null
}

/** Opaque to callers; anything we did not make is INVALID_ARGUMENT. */
export function decodeCommentCursor(cursor: string): CommentPosition {
  const forged = invalid('分页参数无效，请刷新后重试')
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw forged
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw forged
  const [ownValue, selectedValue] = parsed as Encoded
  const own = partOf(ownValue, 2, ([at, id]) => (isAt(at) && isId(id) ? { at, id } : null))
  const selected = partOf(selectedValue, 3, ([likes, at, id]) =>
    Number.isSafeInteger(likes) && (likes as number) >= 0 && isAt(at) && isId(id)
      ? { likes: likes as number, at, id }
      : null,
  )
  if (!own || !selected || (own === 'done' && selected === 'done')) throw forged
  const position = { own, selected }
  if (encodeCommentCursor(position) !== cursor) throw forged
  return position
}
