import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium'

export interface RunningHost {
  url: string
  dataDir: string
  stop(): Promise<void>
}

/**
 * `npm start`'s server (server/dev/main.ts, serving the h5 build made by
 * `npm test`) on a free port and a fresh data folder. `env` adds to its
 * environment, e.g. `{ WTT_ADMIN_OPENIDS: 'e2e-admin' }`.
 */
export function startHost({ env = {} }: { env?: Record<string, string> } = {}): Promise<RunningHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wtt-e2e-'))
  const child: ChildProcess = spawn(join('node_modules', '.bin', 'tsx'), ['server/dev/main.ts'], {
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', WTT_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  // However it ends (stopped, crashed, never started), its data goes with it.
  child.once('exit', () => rmSync(dataDir, { recursive: true, force: true }))
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      reject(new Error(`host did not start:\n${output}`))
    }, 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(/(http:\/\/[^\s/]+)\//)
      if (match) {
        clearTimeout(timer)
        resolve({ url: match[1], dataDir, stop })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)))
  })
}

export function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath()
  if (!executablePath) throw new Error("Debian's chromium is missing: run `npm test`, which installs it")
  // Playwright gives every launch a fresh, empty profile of its own.
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

export interface PhoneBrowser {
  readonly host: RunningHost
  /** A fresh phone-sized page for the current test. */
  readonly page: Page
}

/**
 * For a describe block: one host and one browser for all its tests, and a
 * new phone-sized page for each test, closed after it.
 */
export function phoneBrowser(): PhoneBrowser {
  let host: RunningHost
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    host = await startHost()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  })
  afterEach(() => page.close())
  return {
    get host() {
      return host
    },
    get page() {
      return page
    },
  }
}
