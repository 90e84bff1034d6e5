import { cursorPair, forgedCursor, isCursorAt as isAt, isCursorId as isId, type CursorKey } from '../core/cursor'
import type { SelectedKey } from '../store/comments'

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

export function encodeCommentCursor({ own, selected }: CommentPosition): string {
  const ownPart = own === 'done' ? null : own.after ? [own.after.at, own.after.id] : []
  const selectedPart =
    selected === 'done' ? null : selected.after ? [selected.after.likes, selected.after.at, selected.after.id] : []
  return Buffer.from(JSON.stringify([ownPart, selectedPart])).toString('base64url')
}

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
  const [ownValue, selectedValue] = cursorPair(cursor)
  const own = partOf(ownValue, 2, ([at, id]) => (isAt(at) && isId(id) ? { at, id } : null))
  const selected = partOf(selectedValue, 3, ([likes, at, id]) =>
    Number.isSafeInteger(likes) && (likes as number) >= 0 && isAt(at) && isId(id)
      ? { likes: likes as number, at, id }
      : null,
  )
  if (!own || !selected || (own === 'done' && selected === 'done')) throw forgedCursor()
  const position = { own, selected }
  if (encodeCommentCursor(position) !== cursor) throw forgedCursor()
  return position
}
