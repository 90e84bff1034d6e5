import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Context } from '../../server/core/context'
import { devContentCheck } from '../../server/dev/content-check'
import { devPhoneProvider } from '../../server/dev/phone'
import { localQrCodeMaker } from '../../server/dev/qrcode'
import { loadSeed } from '../../server/dev/seed'
import { dispatch } from '../../server/handlers'
import { createFetcher } from '../../server/import/fetch/fetcher'
import { createLinkImporter } from '../../server/import/link/import-link'
import { localMediaStore } from '../../server/import/media-store'
import { openSqliteStore } from '../../server/store/sqlite'
import type { Figure } from './report'

const ARTICLES = 100_000
const SAMPLES = 3_000
const P99_TARGET_MS = 5
/** Search is typed, not opened: a reader does not notice 50 ms, and common words match thousands. */
const SEARCH_P99_TARGET_MS = 50
/** An operator's screen, from counters: a month is thirty rows. */
const STATS_P99_TARGET_MS = 50
const SUMMARY_TARGET = 1024
const PAGE_OF_20_TARGET = 16 * 1024

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]

async function timeCalls(ctx: Context, bodies: unknown[]) {
  const durations: number[] = []
  for (const body of bodies) {
    const start = process.hrtime.bigint()
    const answer = await dispatch(body, ctx)
    durations.push(Number(process.hrtime.bigint() - start) / 1e6)
    if (!answer.ok) throw new Error(`bench call failed: ${JSON.stringify(answer.error)}`)
  }
  return durations.sort((a, b) => a - b)
}

/** In-process handlers on a 100 000-article SQLite file made from the sample articles. */
export async function apiFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wtt-bench-'))
  const store = openSqliteStore(join(dir, 'bench.db'))
  try {
    const { categories, articles } = loadSeed()
    for (const category of categories) await store.upsertCategory(category)
    const started = Date.parse('2020-01-01T00:00:00Z')
    for (let i = 0; i < ARTICLES; i++) {
      const sample = articles[i % articles.length]
      await store.upsertArticle({
        ...sample,
        id: `bench-${i}`,
        publishedAt: new Date(started + i * 17 * 60_000).toISOString(),
      })
    }
    const ctx: Context = {
      store,
      openid: null,
      now: () => new Date(),
      admins: new Set(),
      phone: devPhoneProvider,
      qrcode: localQrCodeMaker(dir, 'http://127.0.0.1'),
      contentCheck: devContentCheck,
      importer: createLinkImporter({ fetcher: createFetcher(), media: localMediaStore(join(dir, 'media')) }),
    }
    const random = (n: number) => Math.floor(Math.random() * n)

    // Cursors from across the feed, so that deep pages are measured too.
    const cursors: string[] = []
    let cursor: string | null = null
    for (let page = 0; page < 200; page++) {
      const answer = await dispatch(
        { action: 'articles.list', payload: { pageSize: 20, ...(cursor ? { cursor } : {}) } },
        ctx,
      )
      if (!answer.ok) break
      cursor = (answer.data as { nextCursor: string | null }).nextCursor
      if (!cursor) break
      cursors.push(cursor)
    }
    const listBodies = Array.from({ length: SAMPLES }, (_, i) => {
      const payload: Record<string, unknown> = { pageSize: 10 }
      if (i % 3 === 1) payload.category = categories[random(categories.length)].id
      if (i % 3 === 2) payload.cursor = cursors[random(cursors.length)]
      return { action: 'articles.list', payload }
    })
    const words = ['棉花', '羊绒', '印花', '柯桥', '再生', '出口', 'PTA', '智能纺纱']
    const searchBodies = Array.from({ length: SAMPLES / 3 }, (_, i) => ({
      action: 'articles.search',
      payload: { q: words[i % words.length], pageSize: 10 },
    }))
    const getBodies = Array.from({ length: SAMPLES }, () => ({
      action: 'articles.get',
      payload: { id: `bench-${random(ARTICLES)}`, scene: 1047 },
    }))

    // Stats over the reads just made: the last 30 days, of everything or of one article.
    const statsBodies = Array.from({ length: SAMPLES / 10 }, (_, i) => ({
      action: 'admin.stats',
      payload: i % 2 === 0 ? {} : { articleId: `bench-${random(ARTICLES)}` },
    }))

    await timeCalls(ctx, listBodies.slice(0, 300)) // warm the statement cache and the page cache
    const list = await timeCalls(ctx, listBodies)
    const get = await timeCalls(ctx, getBodies)
    const search = await timeCalls(ctx, searchBodies)
    const stats = await timeCalls({ ...ctx, openid: 'bench-admin', admins: new Set(['bench-admin']) }, statsBodies)

    const page = await dispatch({ action: 'articles.list', payload: { pageSize: 20 } }, ctx)
    const pageBytes = Buffer.byteLength(JSON.stringify(page))
    const items = page.ok ? (page.data as { items: unknown[] }).items : []
    const largestItem = Math.max(...items.map((item) => Buffer.byteLength(JSON.stringify(item))))

    return [
      { name: 'articles.list payload, 20 items', value: pageBytes, unit: 'B', limit: PAGE_OF_20_TARGET },
      {
        name: 'articles.list payload per item (20 items)',
        value: Math.round(pageBytes / 20),
        unit: 'B',
        limit: SUMMARY_TARGET,
      },
      { name: 'articles.list largest summary', value: largestItem, unit: 'B', limit: SUMMARY_TARGET },
      { name: 'articles.list p50 (100k articles)', value: percentile(list, 0.5), unit: 'ms' },
      { name: 'articles.list p99 (100k articles)', value: percentile(list, 0.99), unit: 'ms', limit: P99_TARGET_MS },
      { name: 'articles.get p50 (100k, with write)', value: percentile(get, 0.5), unit: 'ms' },
      { name: 'articles.get p99 (100k, with write)', value: percentile(get, 0.99), unit: 'ms', limit: P99_TARGET_MS },
      { name: 'articles.search p50 (100k articles)', value: percentile(search, 0.5), unit: 'ms' },
      {
        name: 'articles.search p99 (100k articles)',
        value: percentile(search, 0.99),
        unit: 'ms',
        limit: SEARCH_P99_TARGET_MS,
      },
      {
        name: 'admin.stats p99 (100k articles, 30 days)',
        value: percentile(stats, 0.99),
        unit: 'ms',
        limit: STATS_P99_TARGET_MS,
      },
    ]
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
