/**
 * The data the API carries. Types only: the mini-program bundles no runtime
 * code from here, and server/ imports the same file, so app and backend
 * cannot drift apart.
 */

/** Matches `[A-Za-z0-9_-]{1,64}` (rules.ts ID_PATTERN): ids of articles, categories, channels and comments. */
export type Id = string

/** An ISO-8601 instant, e.g. `2026-03-18T01:30:00.000Z`. */
export type IsoDate = string

export interface Category {
  id: Id
  name: string
}

export interface Span {
  text: string
  bold?: boolean
  /** An outside link: the app copies it, a mini-program cannot open it. */
  href?: string
}

export type Block =
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'paragraph'; spans: Span[] }
  | { type: 'quote'; spans: Span[] }
  | { type: 'list'; ordered: boolean; items: Span[][] }
  | { type: 'image'; src: string; width?: number; height?: number; alt?: string; caption?: string }

export type ImageBlock = Extract<Block, { type: 'image' }>

export interface ArticleSummary {
  id: Id
  title: string
  summary: string
  cover?: string
  /** A category id. */
  category: Id
  source: string
  publishedAt: IsoDate
  readCount: number
  /**
   * Search only, for an item matched in its body alone: at most 80
   * characters of the body around the first match.
   */
  snippet?: string
}

export interface Article extends ArticleSummary {
  author?: string
  sourceUrl?: string
  tags?: string[]
  blocks: Block[]
}

export interface User {
  /** e.g. `138****5678`: the full number never leaves the server. */
  phoneMasked: string
  createdAt: IsoDate
}

/**
 * How a reader arrived, from WeChat's scene number (rules.ts entryOfScene);
 * `poster` is a scan of an article's poster code.
 */
export type Entry = 'chat' | 'qrcode' | 'poster' | 'moments' | 'oa' | 'app' | 'other'

/** An event code an organiser prints (`event`), or an article's poster code (`poster`, made by readers' posters). */
export type ChannelKind = 'event' | 'poster'

export interface Channel {
  /** Compact, and the QR code's whole `scene` (≤ 32 characters of WeChat's alphabet). */
  code: Id
  name: string
  kind: ChannelKind
  scene: string
  /** The mini-program page the code opens, without a leading slash. */
  page: 'pages/article/index' | 'pages/index/index'
  /** The article it opens now; absent for the home list. Re-pointing keeps the printed code valid. */
  articleId?: Id
  /** An archived code opens the home list. */
  archived: boolean
  createdAt: IsoDate
}

/**
 * `pending` waits for an operator's selection, `review` for their look
 * (WeChat's content check was unsure), `selected` shows to everyone,
 * `hidden` to nobody but its writer.
 */
export type CommentState = 'pending' | 'review' | 'selected' | 'hidden'

export interface Comment {
  id: Id
  /** 读者 and the last 2 digits of the writer's phone, e.g. 读者78: never more. */
  author: string
  /** Plain text, never markup. */
  text: string
  createdAt: IsoDate
  likes: number
  /** Whether the caller likes it. */
  liked: boolean
  /** Whether the caller wrote it. */
  mine: boolean
  state: CommentState
  /** 作者回复, shown under the comment. */
  reply?: { text: string; at: IsoDate }
}
