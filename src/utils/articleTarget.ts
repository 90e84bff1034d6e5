import { CHANNEL_CODE_PATTERN, channelOfScene, ID_PATTERN } from '../contract/rules'

/** What articles.get is asked for: `id` from cards and shares, `channel` from an event code. */
export type ArticleTarget = { id: string; channel?: undefined } | { channel: string; id?: undefined }

/** How an article page was opened, read once from its query. */
export interface ArticleEntry {
  /** Null when the query names nothing that can be asked for. */
  target: ArticleTarget | null
  /** A valid `id` beside a channel: opened when that channel leads nowhere. */
  fallbackId?: string
  /**
   * A code brought the reader (a `scene` or a `channel` in the query), as
   * it came: a code that leads nowhere lands on the home list, and one that
   * leads there is handed to channels.resolve, which records the open.
   */
  code?: string
}

/**
 * The page's query read once. A code's channel (`scene` from a scan, or
 * `channel` from the home list forwarding a scan) is asked for first, so
 * that its read counts for it; a valid `id` opens its article whatever junk
 * stands beside it; a code and nothing valid is a code that leads nowhere.
 */
export function articleEntryOf(query: Partial<Record<string, string>>): ArticleEntry {
  const { scene, channel: forwarded } = query
  const id = query.id !== undefined && ID_PATTERN.test(query.id) ? query.id : undefined
  const channel =
    scene !== undefined
      ? channelOfScene(scene)
      : forwarded !== undefined && CHANNEL_CODE_PATTERN.test(forwarded)
        ? forwarded
        : null
  const code = scene ?? forwarded
  if (channel) return { target: { channel }, fallbackId: id, code }
  if (id) return { target: { id } }
  return { target: null, code }
}
