import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { PAGES } from '../../src/contract/rules'
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium'
import { startHost, type RunningHost } from '../../scripts/localHost'

export { startHost, type RunningHost }

/** The phone the tests browse with, unless they are about widths. */
const PHONE = { width: 390, height: 844 }

export function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath()
  if (!executablePath) throw new Error("Debian's chromium is missing: run `npm test`, which installs it")
  // Playwright gives every launch a fresh, empty profile of its own.
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

type HostEnv = Record<string, string>

export interface HostAndBrowser {
  readonly host: RunningHost
  readonly browser: Browser
  /**
   * A phone-sized browser of its own, closed after the test, whose app is
   * `openid` to the host (the dev identity it keeps and sends); without one,
   * a fresh browser's made-up identity.
   */
  browse(options?: BrowserContextOptions & { openid?: string }): Promise<Page>
}

/**
 * For a describe block (or a file): one host, its environment plus `env`,
 * and one browser for all its tests. `env` may be a function, read when the
 * host starts, for what earlier `beforeAll`s set up (servers the host is to
 * fetch from).
 */
export function hostAndBrowser(env: HostEnv | (() => HostEnv) = {}): HostAndBrowser {
  let host: RunningHost
  let browser: Browser
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    host = await startHost({ env: typeof env === 'function' ? env() : env })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await host?.stop()
  })
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()))
  })
  return {
    get host() {
      return host
    },
    get browser() {
      return browser
    },
    async browse({ openid, ...options } = {}) {
      const context = await browser.newContext({ viewport: PHONE, ...options })
      contexts.push(context)
      if (openid)
        await context.addInitScript(
          (id) => localStorage.setItem('wtt:dev-openid', JSON.stringify({ data: id })),
          openid,
        )
      return context.newPage()
    },
  }
}

export interface PhoneBrowser {
  readonly host: RunningHost
  /** A fresh phone-sized page for the current test. */
  readonly page: Page
}

/**
 * For a describe block: one host (its environment plus `env`) and one
 * browser for all its tests, and a new phone-sized page for each test,
 * closed after it.
 */
export function phoneBrowser(env: HostEnv = {}): PhoneBrowser {
  const e2e = hostAndBrowser(env)
  let page: Page
  beforeEach(async () => {
    page = await e2e.browse()
  })
  return {
    get host() {
      return e2e.host
    },
    get page() {
      return page
    },
  }
}

/** The operators' page (运营后台) on `host`. */
export const operatorsUrl = (host: RunningHost) => `${host.url}/#${PAGES.admin}`
