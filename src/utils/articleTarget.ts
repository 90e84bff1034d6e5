/** What an article page's query asks for: `id` from cards and shares, `channel` from an event code. */
export type ArticleTarget = { id: string; channel?: undefined } | { channel: string; id?: undefined }

const CODE = /^[A-Za-z0-9_-]{1,64}$/

/**
 * An event code's `scene` as WeChat hands it over: URL-encoded once (or
 * twice, or not at all, depending on the path), the channel's compact code
 * alone or as `c=<code>`. Null for anything else.
 */
export function channelOfScene(scene: string): string | null {
  let text = scene
  for (let i = 0; i < 2 && text.includes('%'); i++) {
    try {
      text = decodeURIComponent(text)
    } catch {
      return null
    }
  }
  const code = text.trim().replace(/^c=/, '')
  return CODE.test(code) ? code : null
}

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
  if (query.channel && CODE.test(query.channel)) return { target: { channel: query.channel }, fromCode: true }
  return { target: query.id ? { id: query.id } : null, fromCode: false }
}
