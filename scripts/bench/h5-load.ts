import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from '../chromium'
import type { Figure } from './report'

const ROOT = join(__dirname, '../..')
const RUNS = 5
const FIRST_TITLE = '.article-card__title'
/** The backend's delay for the cached second open: a stalled expo-hall network. */
const SLOW_BACKEND_MS = 3000

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** `npm start`'s server on a fresh seeded database and a free port. */
async function startHost() {
  const dataDir = mkdtempSync(join(tmpdir(), 'wtt-bench-h5-'))
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'server/dev/main.ts')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', WTT_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(/(http:\/\/[^\s/]+)\//)
      if (match) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`host exited with ${code}`)))
  })
  return {
    url,
    stop: () => {
      child.kill('SIGTERM')
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A cold open in a fresh profile: ms from navigation to the first article title, and JS bytes fetched. */
async function coldOpen(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  let jsBytes = 0
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) jsBytes += (await response.body().catch(() => Buffer.alloc(0))).length
  })
  const started = Date.now()
  await page.goto(url)
  await page.locator(FIRST_TITLE).first().waitFor()
  const ms = Date.now() - started
  await context.close()
  return { ms, jsBytes }
}

/** A second open in the same profile while the backend takes 3 s to answer. */
async function cachedOpen(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto(url)
  await page.locator(FIRST_TITLE).first().waitFor()
  await page.route('**/api', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, SLOW_BACKEND_MS))
    await route.continue().catch(() => undefined)
  })
  const started = Date.now()
  await page.reload()
  await page
    .locator(FIRST_TITLE)
    .first()
    .waitFor({ timeout: SLOW_BACKEND_MS * 3 })
  const ms = Date.now() - started
  await context.close()
  return ms
}

/** h5 in headless chromium against the local host (needs dist-h5/ and Debian's chromium). */
export async function h5LoadFigures(): Promise<Figure[]> {
  const executablePath = chromiumPath()
  if (!executablePath) {
    console.warn("h5 load: Debian's chromium is missing (apt-get install chromium), not measured")
    return []
  }
  const host = await startHost()
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const cold: { ms: number; jsBytes: number }[] = []
    for (let i = 0; i < RUNS; i++) cold.push(await coldOpen(browser, host.url))
    const cached: number[] = []
    for (let i = 0; i < RUNS; i++) cached.push(await cachedOpen(browser, host.url))
    return [
      {
        name: `h5 cold load to first title (median of ${RUNS})`,
        value: median(cold.map((run) => run.ms)),
        unit: 'ms',
        limit: 5000,
      },
      { name: 'h5 JS bytes on a cold load', value: median(cold.map((run) => run.jsBytes)), unit: 'KB' },
      {
        name: `h5 second open, backend +${SLOW_BACKEND_MS / 1000} s (median of ${RUNS})`,
        value: median(cached),
        unit: 'ms',
        limit: 1000,
        note: '(paints from cache before any answer)',
      },
    ]
  } finally {
    await browser.close()
    host.stop()
  }
}
