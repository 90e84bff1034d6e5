import { chromium, type Browser, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium'
import { startHost, type RunningHost } from '../../scripts/localHost'

export { startHost, type RunningHost }

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
