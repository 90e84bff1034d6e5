import { channelOfScene, ID_PATTERN } from '../contract/rules'

/** What an article page's query asks for: `id` from cards and shares, `channel` from an event code. */
export type ArticleTarget = { id: string; channel?: undefined } | { channel: string; id?: undefined }

/**
 * The page's query read once: a code's `scene` wins (its channel counts the
 * read), then `channel` (the home list forwarding an article's code), then
 * `id`. `fromCode` says a scan brought the reader, so a dud lands on the
 * home list rather than on 文章不存在.
 */
export function articleTargetOf(query: Partial<Record<string, string>>): {
  target: ArticleTarget | null
  fromCode: boolean
} {
  if (query.scene !== undefined) {
    const channel = channelOfScene(query.scene)
    return { target: channel ? { channel } : null, fromCode: true }
  }
  if (query.channel && ID_PATTERN.test(query.channel)) return { target: { channel: query.channel }, fromCode: true }
  return { target: query.id ? { id: query.id } : null, fromCode: false }
}
