import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ApiResponse } from '../../../src/contract/api'
import type { ArticleSummary, Category } from '../../../src/contract/models'
import { dispatch } from '../../../server/handlers'
import { SEED_DIR, seedIfEmpty } from '../../../server/dev/seed'
import { openSqliteStore } from '../../../server/store/sqlite'
import type { ArticleInput, Store } from '../../../server/store/types'
import { INLINE_ARTICLES, INLINE_CATEGORIES } from './fixtures'

export interface CloudBackendOptions {
  /** Own data instead of the default set (the project's seed, else the inline fixtures). */
  articles?: ArticleInput[]
  categories?: Category[]
  /** Extra delay before each answer, to look at loading states. */
  latencyMs?: number
}

/**
 * What answers `wx.cloud.callFunction({ name: 'api' })`: the real handlers
 * (`dispatch`) on a real SQLite file in a fresh temporary folder.
 */
export interface CloudBackend {
  readonly store: Store
  /** Where the data came from: the project's sample articles or this harness's inline set. */
  readonly source: 'seed' | 'inline' | 'custom'
  /** While offline, every cloud call rejects the way a dead network does. */
  readonly offline: boolean
  goOffline(): void
  goOnline(): void
  latencyMs: number
  /** One call of the `api` function, as the cloud would run it (anonymous caller). */
  dispatch(body: unknown): Promise<ApiResponse>
  /** Every published article in feed order (newest first), read from the store, not through the app. */
  articles(): Promise<ArticleSummary[]>
  categories(): Promise<Category[]>
  close(): Promise<void>
}

/** The project's seed is written separately; until its articles exist, fall back to the inline set. */
export const hasProjectSeed = () => existsSync(join(SEED_DIR, 'articles.json'))

export async function createCloudBackend(options: CloudBackendOptions = {}): Promise<CloudBackend> {
  const dir = mkdtempSync(join(tmpdir(), 'wtt-weapp-'))
  const store = openSqliteStore(join(dir, 'api.db'))
  let source: CloudBackend['source']
  if (options.articles) {
    source = 'custom'
    for (const category of options.categories ?? INLINE_CATEGORIES) await store.upsertCategory(category)
    for (const article of options.articles) await store.upsertArticle(article)
  } else if (hasProjectSeed()) {
    source = 'seed'
    await seedIfEmpty(store, join(dir, 'media'))
  } else {
    source = 'inline'
    for (const category of INLINE_CATEGORIES) await store.upsertCategory(category)
    for (const article of INLINE_ARTICLES) await store.upsertArticle(article)
  }

  let offline = false
  let closed = false
  return {
    store,
    source,
    get offline() {
      return offline
    },
    goOffline: () => void (offline = true),
    goOnline: () => void (offline = false),
    latencyMs: options.latencyMs ?? 0,
    dispatch: (body) => dispatch(body, { store, openid: null, now: () => new Date() }),
    // Far above any data set used here; the store has no "all" query.
    articles: () => store.listArticles({ limit: 10_000 }),
    categories: () => store.listCategories(),
    async close() {
      if (closed) return
      closed = true
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
