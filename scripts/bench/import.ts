import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Fetcher } from '../../server/import/fetch/fetcher'
import { openLocalTarget } from '../../server/import/local-target'
import { importArticles } from '../../server/import/run-import'
import type { Figure } from './report'

const DOCUMENT_BYTES = 1024 * 1024
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

/** One section of an official-account article as its editor writes it: nested sections, inline styles, spacers. */
const section = (n: number) =>
  `<section style="margin: 10px 0%;"><h2>第 ${n} 节：从纤维到面料</h2>` +
  `<section style="padding: 0px 8px; line-height: 1.75;">` +
  `<p><span style="font-size: 15px;">第 ${n} 节正文：</span><span style="font-size: 15px; font-weight: bold;">棉纺、毛纺与化纤</span>` +
  `<span style="font-size: 15px;">在这一环节相互配合，&nbsp;企业用数字化排产缩短交期。</span></p><p><br></p>` +
  `<p><img data-src="https://mmbiz.qpic.cn/wutongtai-bench/${n}.jpg" data-w="1080" data-ratio="0.75" src=""></p>` +
  `<p style="text-align: center;"><span style="font-size: 12px;">图 ${n}：车间一角</span></p>` +
  `<ul><li>订单 ${n}</li><li>交期</li></ul>` +
  `<p><a href="https://www.example.com/reading/${n}">延伸阅读 ${n}</a></p></section></section>\n`

/**
 * A generated official-account-style article of about `bytes` bytes, with
 * front matter; each of its `sections` converts to five blocks (heading,
 * paragraph, captioned image, list, link paragraph).
 */
export function largeArticleHtml(bytes = DOCUMENT_BYTES) {
  const parts = ['---\ntitle: 纺织产业链长文\nid: bench-large-article\npublishedAt: 2026-11-01\n---\n']
  let size = Buffer.byteLength(parts[0])
  let sections = 0
  while (size < bytes) {
    const next = section(++sections)
    parts.push(next)
    size += Buffer.byteLength(next)
  }
  return { html: parts.join(''), bytes: size, sections }
}

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
