/**
 * The rules the mini-program and the backend must apply identically: the id
 * pattern, WeChat's scene numbers and what they mean, how an event code's
 * `scene` is read, the page routes, and how a comment's text is counted
 * (the composer shows the count the server checks). The one runtime module
 * of the contract (DESIGN.md): no imports, nothing that is not needed on
 * both sides, so that it costs the main package a few hundred bytes.
 */
import type { Entry } from './models'

/** Ids of articles, categories, channels and comments, and dev openids. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** Channel codes are ids short enough to be a QR code's whole scene. */
export const CHANNEL_CODE_PATTERN = /^[A-Za-z0-9_-]{1,32}$/

/** WeChat's rule for a mini-program code's `scene`: at most 32 of these characters. */
export const SCENE_PATTERN = /^[0-9a-zA-Z!#$&'()*+,/:;=?@\-._~]{1,32}$/

/** A scanned code: from the camera, an album or a long press (1011–1013, 1047–1049). */
export const SCAN_SCENES: readonly number[] = [1011, 1012, 1013, 1047, 1048, 1049]

/** Moments: 1154 is single-page mode, 1155 the full app opened from it. */
export const SINGLE_PAGE_SCENE = 1154

const SCENES_BY_ENTRY: Record<Exclude<Entry, 'poster' | 'other'>, readonly number[]> = {
  chat: [1007, 1008, 1044, 1096],
  qrcode: SCAN_SCENES,
  moments: [SINGLE_PAGE_SCENE, 1155],
  oa: [1035, 1043, 1058, 1074, 1082, 1091],
  app: [1001, 1023, 1089, 1104],
}

/**
 * How a reader arrived, from WeChat's scene number (DESIGN.md's table). A
 * scan of an article's poster code is `poster`, which only the code's kind
 * can tell: the backend decides that, not the scene.
 */
export function entryOfScene(scene: number | undefined | null): Entry {
  if (scene === undefined || scene === null) return 'other'
  for (const [entry, scenes] of Object.entries(SCENES_BY_ENTRY)) if (scenes.includes(scene)) return entry as Entry
  return 'other'
}

export const isScanScene = (scene: number | undefined | null) => scene != null && SCAN_SCENES.includes(scene)

/**
 * The channel code an event or poster code carries in `options.scene`:
 * WeChat hands it over URL-encoded once, twice or not at all, as the bare
 * code or as `c=<code>` (hand-made codes). Null for anything else.
 */
export function channelOfScene(scene: string): string | null {
  let decoded = scene
  for (let i = 0; i < 2 && /%[0-9A-Fa-f]{2}/.test(decoded); i++) {
    try {
      decoded = decodeURIComponent(decoded)
    } catch {
      return null
    }
  }
  decoded = decoded.trim()
  const code = decoded.startsWith('c=') ? decoded.slice(2) : decoded
  return SCENE_PATTERN.test(decoded) && CHANNEL_CODE_PATTERN.test(code) ? code : null
}

/** Every page of the app, as WeChat's routes (with the leading slash navigation wants). */
export const PAGES = {
  home: '/pages/index/index',
  article: '/pages/article/index',
  me: '/pages/me/index',
  search: '/packages/search/index',
  favorites: '/packages/reader/favorites/index',
  history: '/packages/reader/history/index',
  privacy: '/packages/reader/privacy/index',
  /** Where a route that does not exist lands (an old link, a typo): 页面不存在. */
  missing: '/packages/reader/missing/index',
  admin: '/packages/admin/index',
  poster: '/packages/poster/index',
  /** 写留言 under an article. */
  comment: '/packages/comment/index',
} as const

/** The pages of the tab bar: reached with switchTab, never navigateTo (WeChat refuses it). */
export const TAB_PAGES: readonly string[] = [PAGES.home, PAGES.me]

/** A mini-program code's `page`: the route without its leading slash, as wxacode.getUnlimited wants it. */
export const codePage = (route: typeof PAGES.home | typeof PAGES.article) => route.slice(1)

/** The article page's URL for an id (cards, shares, history, related). */
export const articleUrl = (id: string) => `${PAGES.article}?id=${encodeURIComponent(id)}`

/** At most this many characters, as a reader counts them (grapheme clusters). */
export const COMMENT_MAX_CHARS = 500

/** Controls and invisible direction marks, which can disguise a text; joiners stay (emoji sequences need them). */
// eslint-disable-next-line no-control-regex
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g

/**
 * A reader's text as it is stored: invisible characters dropped, each run of
 * whitespace made one space (or one line break if it held one), trimmed.
 */
export function plainText(raw: string): string {
  return raw
    .replace(INVISIBLE, '')
    .replace(/\s+/g, (run) => (/[\n\r\u2028\u2029]/.test(run) ? '\n' : ' '))
    .trim()
}

interface Segmenter {
  segment(text: string): Iterable<unknown>
}
type SegmenterConstructor = new (locale?: string, options?: { granularity: 'grapheme' }) => Segmenter

/**
 * The length the server checks: characters of the stored text (plainText,
 * NFC), counted as a reader counts them, an emoji or a 字 each. Where the
 * engine has no Intl.Segmenter (older phones), code points are counted: never
 * fewer than the server's count, so a text shown as fitting always fits.
 */
export function commentLength(raw: string): number {
  const text = plainText(raw).normalize('NFC')
  const Segmenter = (Intl as { Segmenter?: SegmenterConstructor }).Segmenter
  if (!Segmenter) return Array.from(text).length
  let count = 0
  for (const _grapheme of new Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) count += 1
  return count
}
