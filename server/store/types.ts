import type { Article, ArticleSummary, Category, Channel, ChannelKind, Entry } from '../../src/contract/models'
import type { CursorKey } from '../core/cursor'
import type { CommentStore } from './comments'
import type { SearchKey } from '../core/search-cursor'
import type { SearchTier } from '../core/search-text'

/**
 * One open of an article (or of the home list through an event code): who
 * (when known), how they came, and the code they scanned. Every open is
 * recorded as a visit; whether it counts as a read is the store's rule
 * (read-counting.ts).
 */
export interface Visit {
  openid: string | null
  scene: number | null
  entry: Entry
  channel: { code: string; kind: ChannelKind } | null
  at: string
}

export interface ArticleQuery {
  category?: string
  /** Start after this key (exclusive), in the feed's order. */
  after?: CursorKey
  limit: number
}

/** A channel as stored: the contract's Channel without its derived scene, and where its QR image is kept. */
export interface ChannelRecord extends Omit<Channel, 'scene' | 'articleId'> {
  /** The article it opens now; null for the home list. */
  articleId: string | null
  /** A cloud file id, or a /media/ path. */
  qrFile: string
}

/** A channel's reads and readers over its whole life (read-counting.ts defines readers). */
export interface ChannelTotals {
  reads: number
  readers: number
}

export interface ChannelQuery {
  archived: boolean
  /** Start after this key (exclusive): createdAt desc, then code desc. */
  after?: CursorKey
  limit: number
}

/** An event channel's editable fields; the printed code (its scene and page) never changes. */
export interface ChannelChanges {
  name?: string
  /** null: the home list. */
  articleId?: string | null
  archived?: boolean
}

/** What admin.stats covers: one article and/or one channel, or everything. */
export interface StatsScope {
  articleId?: string
  channel?: string
}

/** One China day's counters of a scope; a day without reads has no row. */
export interface DayCounts {
  day: string
  reads: number
  readers: number
  byEntry: Partial<Record<Entry, number>>
  /** Per event channel the reads came through (for a scope without a channel). */
  byChannel: Record<string, ChannelTotals>
}

export interface OpenedArticle {
  article: Article
  related: ArticleSummary[]
}

/** How a reader first came: copied onto their record when they first log in. */
export interface FirstVisit {
  scene: number | null
  entry: Entry
  channel: string | null
}

/** A reader who logged in with their phone number. */
export interface UserRecord {
  openid: string
  /** The full number: server-side only, never answered (see maskPhone). */
  phone: string
  createdAt: string
  updatedAt: string
  /** False after auth.logout: favorites then need a new phone authorization. */
  signedIn: boolean
  /** How the reader first came, from their earliest visit. */
  firstScene: number | null
  firstEntry: Entry | null
  firstChannel: string | null
}

/** One saved article of a reader; `article` is null once it is unpublished. */
export interface FavoriteRow {
  articleId: string
  savedAt: string
  article: ArticleSummary | null
}

/** One search result; `body` (its plain text) comes with the body tier only, for the snippet. */
export interface SearchHit {
  article: ArticleSummary
  tier: SearchTier
  body?: string
}

/** What an importer or operator writes; the read count stays the store's. */
export type ArticleInput = Omit<Article, 'readCount'> & { readCount?: number }

/**
 * Where the backend keeps its data: SQLite locally and in tests, CloudBase in
 * production. Only published articles are ever listed or opened, and the feed
 * order is publishedAt desc, then id desc.
 */
export interface Store extends CommentStore {
  listCategories(): Promise<Category[]>
  upsertCategory(category: Category): Promise<void>

  listArticles(query: ArticleQuery): Promise<ArticleSummary[]>
  /** Published articles that match the query, ranked by tier (server/core/search-text.ts), after `after`. */
  searchArticles(q: string, query: { after?: SearchKey; limit: number }): Promise<SearchHit[]>
  /** The most-read published articles published after `since` (ISO), most read first. */
  popularArticles(since: string, limit: number): Promise<ArticleSummary[]>
  /**
   * Records the visit and counts it as a read if it is the reader's first
   * open of this article on this China day (read-counting.ts), and answers
   * the article with its read count after this read, and up to `related`
   * related articles (the newest of its category); null (and nothing written) when no published article
   * has that id.
   */
  openArticle(id: string, visit: Visit, options?: { related?: number }): Promise<OpenedArticle | null>
  /** Whether a published article has this id. */
  hasArticle(id: string): Promise<boolean>
  /** The published article's summary (no body); null when none has this id. One lookup by key. */
  findArticleSummary(id: string): Promise<ArticleSummary | null>
  /** Creates or replaces an article (published); an existing read count is kept. */
  upsertArticle(article: ArticleInput): Promise<void>
  /** Takes an article out of every list and page; false when no such article exists. */
  unpublishArticle(id: string): Promise<boolean>

  findChannel(code: string): Promise<ChannelRecord | null>
  /** The channels of these codes that exist, in no order. */
  findChannels(codes: string[]): Promise<ChannelRecord[]>
  /** False when the code is taken. */
  createChannel(channel: ChannelRecord): Promise<boolean>
  /** Event channels, newest first, with their totals. */
  listChannels(query: ChannelQuery): Promise<(ChannelRecord & ChannelTotals)[]>
  /** Changes an event channel; null when no event channel has that code. */
  updateChannel(code: string, changes: ChannelChanges): Promise<ChannelRecord | null>
  /** An open of the home list through an event code (no article), counted like an article's. */
  recordOpen(visit: Visit): Promise<void>
  /** A scope's counters for each day from `from` to `to` that had reads. */
  dailyStats(scope: StatsScope, from: string, to: string): Promise<DayCounts[]>

  findUser(openid: string): Promise<UserRecord | null>
  /** Creates or replaces the reader's record. */
  saveUser(user: UserRecord): Promise<void>
  setSignedIn(openid: string, signedIn: boolean): Promise<void>
  /** The reader's earliest visit, for attribution when they first log in. */
  firstVisit(openid: string): Promise<FirstVisit | null>
  /**
   * Removes the reader, their favorites, read markers, comments, likes and
   * reports, and strips the openid from their visits; a write of theirs
   * racing it is undone by the writer (the store's tombstone, kept as a
   * digest of the openid).
   */
  deleteAccount(openid: string, at: string): Promise<void>

  isFavorite(openid: string, articleId: string): Promise<boolean>
  /**
   * Saves or un-saves (`want`: that state, whatever it was; without it, the
   * other state); answers whether it is saved now, or null when the reader
   * is not signed in any more (an account deleted meanwhile: nothing is
   * kept). Two at once end as some serial order of them would.
   */
  toggleFavorite(openid: string, articleId: string, at: string, want?: boolean): Promise<boolean | null>
  /** Newest saved first, paged by (savedAt, articleId). */
  listFavorites(openid: string, query: { after?: CursorKey; limit: number }): Promise<FavoriteRow[]>

  /**
   * Takes one call from the counter `key` in `window` (rate-limit.ts): false
   * when `limit` calls were already taken in that window. Atomic.
   */
  takeQuota(key: string, window: string, limit: number): Promise<boolean>

  close(): Promise<void>
}
