/**
 * The API contract (DESIGN.md): one `api` cloud function, or `POST /api` on
 * the local host, with a body `{ action, payload }` and an answer
 * `{ ok: true, data }` or `{ ok: false, error: { code, message } }`.
 */
import type { Article, ArticleSummary, Category, Entry, Id, User } from './models'

export interface Page<T> {
  items: T[]
  /** Opaque; `null` on the last page. */
  nextCursor: string | null
}

export interface PageRequest {
  cursor?: string
  /** 1–20, default 10. */
  pageSize?: number
}

/** Which version of the mini-program a code opens (WeChat's env_version). */
export type EnvVersion = 'release' | 'trial' | 'develop'

export interface ChannelInfo {
  /** Compact, and the QR code's whole `scene` (≤ 32 characters of WeChat's alphabet). */
  code: Id
  name: string
  scene: string
  /** The mini-program page the code opens, without a leading slash. */
  page: 'pages/article/index' | 'pages/index/index'
  articleId?: Id
}

export interface Stats {
  reads: number
  readers: number
  byEntry: Record<Entry, number>
  byChannel: { channel: Id; name: string; reads: number; readers: number }[]
}

export interface ApiActions {
  'categories.list': {
    payload: Record<string, never>
    data: { items: Category[] }
  }
  'articles.list': {
    /**
     * `withCategories` (an extension of DESIGN.md's contract) lets the home
     * screen open with one round trip: the answer then carries the tabs too.
     */
    payload: PageRequest & { category?: Id; withCategories?: boolean }
    data: Page<ArticleSummary> & { categories?: Category[] }
  }
  'articles.search': {
    /** `q`: 1–50 characters, matched as text in title, summary and body. */
    payload: PageRequest & { q: string }
    data: Page<ArticleSummary>
  }
  'articles.get': {
    /** `scene` is WeChat's scene number, e.g. 1047. */
    payload: ({ id: Id } | { channel: Id }) & { scene?: number }
    data: { article: Article; related: ArticleSummary[]; favorited: boolean }
  }
  'articles.code': {
    /**
     * An extension: the article's mini-program code for a share poster, made
     * once per article (a channel of its own, so the stats show what posters
     * brought in). `envVersion` as for `admin.channels.create`.
     */
    payload: { id: Id; envVersion?: EnvVersion }
    data: { url: string; localStandIn?: boolean }
  }
  'auth.phoneLogin': {
    /** `e.detail.code` of `<Button openType="getPhoneNumber">`: single use, valid 5 minutes. */
    payload: { code: string }
    data: { user: User }
  }
  'me.get': {
    payload: Record<string, never>
    data: { user: User | null; isAdmin: boolean }
  }
  'auth.logout': {
    payload: Record<string, never>
    data: Record<string, never>
  }
  /** Deletes the reader and their favorites; their visits stay, without the openid. */
  'auth.deleteAccount': {
    payload: Record<string, never>
    data: Record<string, never>
  }
  'favorites.toggle': {
    payload: { articleId: Id }
    data: { favorited: boolean }
  }
  'favorites.list': {
    payload: PageRequest
    data: Page<ArticleSummary>
  }
  'channels.resolve': {
    /**
     * `scene`: `options.scene` as received, URL-encoded or not. `enterScene`
     * (an extension): WeChat's scene number of the launch, e.g. 1047.
     */
    payload: { scene: string; enterScene?: number }
    data: { page: 'article' | 'home'; articleId?: Id; channel?: Id }
  }
  'admin.channels.create': {
    /** `envVersion` (an extension): the version the code opens; the app sends its own, default release. */
    payload: { name: string; articleId?: Id; envVersion?: EnvVersion }
    data: { channel: ChannelInfo; qrcode: { url: string; localStandIn?: boolean } }
  }
  'admin.stats': {
    payload: { articleId?: Id; channel?: Id }
    data: Stats
  }
  'admin.articles.upsert': {
    payload: { article: Omit<Article, 'readCount'> }
    data: { id: Id }
  }
  'admin.articles.unpublish': {
    payload: { id: Id }
    data: Record<string, never>
  }
}

export type Action = keyof ApiActions
export type Payload<A extends Action> = ApiActions[A]['payload']
export type Data<A extends Action> = ApiActions[A]['data']

export type ErrorCode =
  'INVALID_ARGUMENT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'RATE_LIMITED' | 'UPSTREAM' | 'INTERNAL'

export interface ApiError {
  code: ErrorCode
  /** Chinese, fit to show a reader. */
  message: string
}

export type ApiRequest<A extends Action = Action> = { action: A; payload: Payload<A> }

export type ApiResponse<A extends Action = Action> = { ok: true; data: Data<A> } | { ok: false; error: ApiError }
