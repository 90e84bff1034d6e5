/**
 * The API contract (DESIGN.md): one `api` cloud function, or `POST /api` on
 * the local host, with a body `{ action, payload }` and an answer
 * `{ ok: true, data }` or `{ ok: false, error: { code, message } }`.
 */
import type { Article, ArticleSummary, Category, Channel, Comment, Entry, Id, User } from './models'

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

/** A China day, `YYYY-MM-DD`. */
export type ChinaDay = string

export interface Stats {
  reads: number
  /** Distinct openids. */
  readers: number
  byEntry: Record<Entry, number>
  /** Event channels only. */
  byChannel: { channel: Id; name: string; reads: number; readers: number }[]
  /** Every day of the range, oldest first, zeros included. */
  byDay: { day: ChinaDay; reads: number; readers: number }[]
}

/** A QR code's image: a URL that works now (cloud URLs expire: ask again rather than keep one). */
export interface QrCodeImage {
  url: string
  /** The local host's plain QR code standing in for a mini-program code. */
  localStandIn?: boolean
}

export type CommentPage = Page<Comment>

export type ModeratedComment = Comment & { articleId: Id; articleTitle: string; reports: number }

/**
 * The operators' tabs: a comment state, or `reported` (an extension): selected
 * comments that readers reported since an operator last looked, out of the
 * public list meanwhile.
 */
export type CommentQueue = 'pending' | 'review' | 'reported' | 'selected' | 'hidden'

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
    /**
     * `q`: 1–50 characters. Ranked: title matches, then summary, then body,
     * newer first within each; a body-only match carries `snippet`.
     */
    payload: PageRequest & { q: string }
    /** On a first page that found nothing: the most-read articles published in the last 30 days (up to 5), so that the page is never blank. */
    data: Page<ArticleSummary> & { popular?: ArticleSummary[] }
  }
  'articles.get': {
    /** `scene` is WeChat's scene number, e.g. 1047. `{ channel }` opens that channel's article. */
    payload: ({ id: Id; channel?: undefined } | { channel: Id; id?: undefined }) & { scene?: number }
    data: {
      article: Article
      related: ArticleSummary[]
      favorited: boolean
      /**
       * The reader's own comments that are not selected (newest first), then
       * the first selected ones; `count` is the article's selected comments.
       * `nextCursor` (an extension) continues with `comments.list`.
       */
      comments: { count: number; items: Comment[]; nextCursor: string | null }
    }
  }
  'articles.code': {
    /**
     * The article's poster code, made once per article (a channel of kind
     * `poster`), and what the poster shows: a poster is drawn from this
     * answer only, never from what a URL says. `envVersion` as for
     * `admin.channels.create`.
     */
    payload: { id: Id; envVersion?: EnvVersion }
    data: QrCodeImage & { scene: string; article: ArticleSummary }
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
  /** Deletes the reader, their favorites, comments and likes; their visits stay, without the openid. */
  'auth.deleteAccount': {
    payload: Record<string, never>
    data: Record<string, never>
  }
  'favorites.toggle': {
    /**
     * `favorited` (an extension): the state wanted, so that a call sent twice
     * changes nothing the second time; without it, the state flips.
     */
    payload: { articleId: Id; favorited?: boolean }
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
     * Unknown, archived or malformed → `{ page: 'home' }`.
     */
    payload: { scene: string; enterScene?: number }
    data: { page: 'article' | 'home'; articleId?: Id; channel?: Id }
  }
  'admin.channels.create': {
    /** `envVersion` (an extension): the version the code opens; the app sends its own, default release. */
    payload: { name: string; articleId?: Id; envVersion?: EnvVersion }
    data: { channel: Channel; qrcode: QrCodeImage }
  }
  'admin.channels.list': {
    /** Event channels only, newest first; `archived: true` lists the archived ones instead. */
    payload: PageRequest & { archived?: boolean }
    data: Page<Channel & { reads: number; readers: number }>
  }
  'admin.channels.update': {
    /** A new `articleId` re-points the printed code; `null` sends it to the home list. */
    payload: { code: Id; name?: string; articleId?: Id | null; archived?: boolean }
    data: { channel: Channel }
  }
  'admin.channels.qrcode': {
    /** A fresh URL of the stored code, to download it again. */
    payload: { code: Id }
    data: QrCodeImage
  }
  'admin.stats': {
    /** China days `YYYY-MM-DD`, at most 366 days; default the last 30 (today included). */
    payload: { articleId?: Id; channel?: Id; from?: ChinaDay; to?: ChinaDay }
    data: Stats
  }
  'admin.articles.upsert': {
    payload: { article: Omit<Article, 'readCount' | 'snippet'> }
    data: { id: Id }
  }
  'admin.articles.unpublish': {
    payload: { id: Id }
    data: Record<string, never>
  }
  'admin.articles.importUrl': {
    /**
     * An official-account article link: fetched on the server (allow-listed
     * hosts only) and imported like the importer does; the same URL again
     * updates the same article.
     */
    payload: { url: string; category?: Id }
    data: { id: Id; title: string; warnings: string[] }
  }
  'comments.list': {
    /**
     * Selected comments, plus the caller's own whatever their state: first
     * their own that are not selected (newest first), then the selected ones
     * (most liked, then newest; the caller's own among them).
     */
    payload: PageRequest & { articleId: Id }
    data: CommentPage
  }
  'comments.add': {
    /** 1–500 characters after trimming; needs a signed-in reader. */
    payload: { articleId: Id; text: string }
    data: { comment: Comment }
  }
  'comments.delete': {
    /** Own comments only. */
    payload: { id: Id }
    data: Record<string, never>
  }
  'comments.like': {
    /** A toggle; selected comments only. */
    payload: { id: Id }
    data: { liked: boolean; likes: number }
  }
  'comments.report': {
    /** The comment leaves the public list until an operator looks again. */
    payload: { id: Id; reason?: string }
    data: Record<string, never>
  }
  'admin.comments.list': {
    /** Newest first. */
    payload: PageRequest & { status: CommentQueue }
    data: Page<ModeratedComment>
  }
  'admin.comments.moderate': {
    /** `reply` (≤ 500 characters) shows under the comment as 作者回复. */
    payload: { id: Id; action: 'select' | 'unselect' | 'hide'; reply?: string }
    data: { comment: Comment }
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
