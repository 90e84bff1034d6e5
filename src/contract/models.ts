/**
 * The data the API carries. Types only: the mini-program bundles no runtime
 * code from here, and server/ imports the same file, so app and backend
 * cannot drift apart.
 */

/** Matches `[A-Za-z0-9_-]{1,64}`: ids of articles, categories and channels. */
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

/** How a reader arrived, derived from WeChat's scene number. */
export type Entry = 'chat' | 'qrcode' | 'moments' | 'oa' | 'app' | 'other'
