import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { createFetcher } from '../../server/import/fetch/fetcher'
import { importArticleFromLink } from '../../server/import/link/import-link'
import { localMediaStore } from '../../server/import/media-store'
import { openSqliteStore } from '../../server/store/sqlite'
import type { Figure } from './report'

const IMAGES = 30
const RUNS = 3

/** Photos as an editor posts them: 1080 px wide, grainy enough that JPEG cannot make them small. */
function photos() {
  return Promise.all(
    Array.from({ length: IMAGES }, (_, n) =>
      sharp({
        create: {
          width: 1080,
          height: 720,
          channels: 3,
          background: '#888',
          noise: { type: 'gaussian', mean: 120 + n, sigma: 40 },
        },
      })
        .jpeg({ quality: 80 })
        .toBuffer(),
    ),
  )
}

/** An official-account page with a paragraph and a lazy image per section, as the importer meets them. */
function page(origin: string) {
  const sections = Array.from(
    { length: IMAGES },
    (_, n) =>
      `<section><p><span style="font-size: 15px;">第 ${n + 1} 节：面料从织机到成衣。</span></p>` +
      `<p><img class="rich_pages wxw-img" data-src="${origin}/mmbiz_jpg/${n}/640?wx_fmt=jpeg" data-w="1080" data-ratio="0.6667" src=""></p></section>`,
  ).join('\n')
  return (
    `<html><head><meta property="og:title" content="三十张图的长文" /></head><body>` +
    `<a id="js_name">梧桐台纺织服装</a><div class="rich_media_content" id="js_content">${sections}</div>` +
    `<script>var ct = "1758528000"; var biz = "MzkwNTYxMjM0NQ=="; var mid = "1"; var idx = "1"; var sn = "bench";</script></body></html>`
  )
}

function serve(images: Buffer[]): Promise<Server> {
  const server = createServer((request, response) => {
    const image = /^\/mmbiz_jpg\/(\d+)\//.exec(request.url ?? '')
    if (image) response.writeHead(200, { 'content-type': 'image/jpeg' }).end(images[Number(image[1])])
    else response.writeHead(200, { 'content-type': 'text/html' }).end(page(`http://${request.headers.host}`))
  })
  return new Promise((listening) => server.listen(0, '127.0.0.1', () => listening(server)))
}

/** admin.articles.importUrl's work on a 30-image page from a local server: fetch, convert, download, measure, store. */
export async function importLinkFigures(): Promise<Figure[]> {
  const images = await photos()
  const server = await serve(images)
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  const durations: number[] = []
  try {
    for (let run = 0; run <= RUNS; run++) {
      const dir = mkdtempSync(join(tmpdir(), 'wtt-bench-link-'))
      const store = openSqliteStore(join(dir, 'bench.db'))
      try {
        await store.upsertCategory({ id: 'news', name: '资讯' })
        const importer = { fetcher: createFetcher({ extraHosts: [host] }), media: localMediaStore(join(dir, 'media')) }
        const start = process.hrtime.bigint()
        const { warnings } = await importArticleFromLink(
          { url: `http://${host}/s/bench` },
          { store, importer, now: new Date() },
        )
        const elapsed = Number(process.hrtime.bigint() - start) / 1e6
        if (warnings.length > 0) throw new Error(`bench import by link: ${warnings[0]}`)
        if (run > 0) durations.push(elapsed)
      } finally {
        await store.close()
        rmSync(dir, { recursive: true, force: true })
      }
    }
  } finally {
    server.close()
  }
  durations.sort((a, b) => a - b)
  const bytes = images.reduce((sum, image) => sum + image.length, 0)
  return [
    {
      name: `import by link: ${IMAGES}-image page, local server`,
      value: durations[Math.floor(durations.length / 2)],
      unit: 'ms',
      note: `median of ${RUNS}; ${(bytes / 1024 / 1024).toFixed(1)} MB of images downloaded, measured, stored`,
    },
  ]
}
