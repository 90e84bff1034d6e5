import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Fetcher } from '../../server/import/fetch/fetcher'
import { openLocalTarget } from '../../server/import/local-target'
import { importArticles } from '../../server/import/run-import'
import { largeArticleHtml } from '../large-article'
import type { Figure } from './report'

/** The generated article's images, answered without a network: each one the same 1×1 PNG. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
const offlineImages: Fetcher = {
  page: () => Promise.reject(new Error('no pages in this bench')),
  image: async (url) => ({ url, body: PIXEL }),
}
const RUNS = 5
const TARGET_MS = 2000

/** Converting and importing a ~1 MB HTML article into a fresh SQLite store (median of five, after a warm-up). */
export async function importFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wtt-bench-import-'))
  const local = openLocalTarget({ dbFile: join(dir, 'bench.db'), mediaRoot: join(dir, 'media') })
  try {
    const { html, bytes } = largeArticleHtml()
    const file = join(dir, 'large-article.html')
    writeFileSync(file, html)
    const durations: number[] = []
    for (let run = 0; run <= RUNS; run++) {
      const start = process.hrtime.bigint()
      const report = await importArticles([file], local.target, { fetcher: offlineImages })
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6
      if (report.failed.length > 0) throw new Error(`bench import failed: ${report.failed[0].reason}`)
      if (run > 0) durations.push(elapsed)
    }
    durations.sort((a, b) => a - b)
    return [
      { name: 'import: generated HTML article', value: bytes, unit: 'KB' },
      {
        name: 'import: 1 MB HTML, convert + write',
        value: durations[Math.floor(durations.length / 2)],
        unit: 'ms',
        limit: TARGET_MS,
      },
    ]
  } finally {
    await local.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
