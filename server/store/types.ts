import type { Article, ArticleSummary, Category, Entry } from '../../src/contract/models'
import type { CursorKey } from '../core/cursor'
import type { CommentStore } from './comments'
import type { SearchKey } from '../core/search-cursor'
import type { SearchTier } from '../core/search-text'

/** One counted read of an article: who (when known), and how they came. */
export interface Visit {
  openid: string | null
  scene: number | null
  entry: Entry
  channel: string | null
  at: string
}

export interface ArticleQuery {
  category?: string
  /** Start after this key (exclusive), in the feed's order. */
  after?: CursorKey
  limit: number
}

export interface Channel {
  code: string
  name: string
  articleId: string | null
}

/** A channel as created: where its QR image is kept (a cloud file id, or a /media/ path). */
export interface ChannelRecord extends Channel {
  qrFile: string
  createdAt: string
}

/** Visits counted per entry and per channel; readers are distinct openids. */
export interface VisitStats {
  reads: number
  readers: number
  byEntry: Partial<Record<Entry, number>>
  byChannel: { channel: string; reads: number; readers: number }[]
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
   * Counts one read and records its visit, atomically, and returns the article
   * with the new read count; null (and nothing written) when no published
   * article has that id.
   */
  openArticle(id: string, visit: Visit): Promise<Article | null>
  /** Whether a published article has this id. */
  hasArticle(id: string): Promise<boolean>
  /** The published article's summary (no body); null when none has this id. One lookup by key. */
  findArticleSummary(id: string): Promise<ArticleSummary | null>
  /** Newest published articles of a category, `excludeId` left out. */
  relatedArticles(category: string, excludeId: string, limit: number): Promise<ArticleSummary[]>
  /** Creates or replaces an article (published); an existing read count is kept. */
  upsertArticle(article: ArticleInput): Promise<void>
  /** Takes an article out of every list and page; false when no such article exists. */
  unpublishArticle(id: string): Promise<boolean>

  findChannel(code: string): Promise<ChannelRecord | null>
  /** False when the code is taken. */
  createChannel(channel: ChannelRecord): Promise<boolean>
  listChannels(): Promise<ChannelRecord[]>
  /** An open of the home list through a channel's code (no article). */
  recordOpen(visit: Visit): Promise<void>
  /** Over the visits of one article and/or one channel, or all. */
  visitStats(filter: { articleId?: string; channel?: string }): Promise<VisitStats>

  findUser(openid: string): Promise<UserRecord | null>
  /** Creates or replaces the reader's record. */
  saveUser(user: UserRecord): Promise<void>
  setSignedIn(openid: string, signedIn: boolean): Promise<void>
  /** The reader's earliest visit, for attribution when they first log in. */
  firstVisit(openid: string): Promise<Pick<Visit, 'scene' | 'entry' | 'channel'> | null>
  /** Removes the reader, their favorites, comments, likes and reports; their visits stay, without the openid. */
  deleteAccount(openid: string): Promise<void>

  isFavorite(openid: string, articleId: string): Promise<boolean>
  /** Saves or un-saves; answers whether it is saved now. */
  toggleFavorite(openid: string, articleId: string, at: string): Promise<boolean>
  /** Newest saved first, paged by (savedAt, articleId). */
  listFavorites(openid: string, query: { after?: CursorKey; limit: number }): Promise<FavoriteRow[]>

  close(): Promise<void>
}
