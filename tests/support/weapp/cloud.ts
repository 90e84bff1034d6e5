import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Action, ApiResponse, Data, Payload } from '../../../src/contract/api'
import type { ArticleSummary, Category } from '../../../src/contract/models'
import { createFetcher } from '../../../server/import/fetch/fetcher'
import { localMediaStore } from '../../../server/import/media-store'
import type { ArticleInput, Store } from '../../../server/store/types'
import { createTestBackend } from '../backend'

export interface CloudBackendOptions {
  /** Own data instead of the project's sample articles. */
  articles?: ArticleInput[]
  /** Extra delay before each answer, to look at loading states. */
  latencyMs?: number
  /** `host:port`s import by link may fetch from besides mp.weixin.qq.com (the local host's WTT_IMPORT_HOSTS). */
  importHosts?: string[]
  /** Where imported images go; a temporary folder of the backend's own by default. */
  mediaRoot?: string
  /** The handlers' clock (the day reads are counted on); fixed by default. */
  now?: () => Date
}

/**
 * What answers `wx.cloud.callFunction({ name: 'api' })`: the real handlers
 * (`dispatch`) on a real SQLite file in a fresh temporary folder.
 */
export interface CloudBackend {
  readonly store: Store
  /** While offline, every cloud call rejects the way a dead network does. */
  readonly offline: boolean
  goOffline(): void
  goOnline(): void
  latencyMs: number
  /** One call of the `api` function, as the cloud would run it for the caller `openid` (none: anonymous). */
  dispatch(body: unknown, openid?: string | null): Promise<ApiResponse>
  /** An action straight on the backend as `openid` (null: anonymous), past the app: a test's setup and checks. A refusal throws. */
  callAs<A extends Action>(openid: string | null, action: A, payload: Payload<A>): Promise<Data<A>>
  /** Every published article in feed order (newest first), read from the store, not through the app. */
  articles(): Promise<ArticleSummary[]>
  categories(): Promise<Category[]>
  close(): Promise<void>
}

export async function createCloudBackend(options: CloudBackendOptions = {}): Promise<CloudBackend> {
  const media = options.mediaRoot ?? mkdtempSync(join(tmpdir(), 'wtt-import-media-'))
  const backend = await createTestBackend({
    ...(options.articles ? { articles: options.articles } : { seed: true }),
    importer: { fetcher: createFetcher({ extraHosts: options.importHosts ?? [] }), media: localMediaStore(media) },
    ...(options.now ? { now: options.now } : {}),
  })
  let offline = false
  let closed = false
  return {
    store: backend.store,
    get offline() {
      return offline
    },
    goOffline: () => void (offline = true),
    goOnline: () => void (offline = false),
    latencyMs: options.latencyMs ?? 0,
    dispatch: (body, openid) => backend.dispatch(body, openid),
    async callAs(openid, action, payload) {
      const answer = await backend.dispatch({ action, payload }, openid)
      if (!answer.ok) throw new Error(`${action}: ${answer.error.code} ${answer.error.message}`)
      return answer.data as Data<typeof action>
    },
    // Far above any data set used here; the store has no "all" query.
    articles: () => backend.store.listArticles({ limit: 10_000 }),
    categories: () => backend.store.listCategories(),
    async close() {
      if (closed) return
      closed = true
      await backend.close()
      if (!options.mediaRoot) rmSync(media, { recursive: true, force: true })
    },
  }
}

export interface SamplePerTest {
  readonly backend: CloudBackend
  /** Every sample article, newest first. */
  readonly articles: ArticleSummary[]
  /** The newest sample article. */
  readonly article: ArticleSummary
}

/** For a file or a describe block: a fresh backend with the sample articles for each test, closed after it. */
export function samplePerTest(): SamplePerTest {
  let backend: CloudBackend
  let articles: ArticleSummary[]
  beforeEach(async () => {
    backend = await createCloudBackend()
    articles = await backend.articles()
  })
  afterEach(() => backend.close())
  return {
    get backend() {
      return backend
    },
    get articles() {
      return articles
    },
    get article() {
      return articles[0]
    },
  }
}
