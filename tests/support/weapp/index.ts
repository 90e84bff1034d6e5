/**
 * Tests of the compiled weapp output: Taro's dist/ (run `npm run
 * build:weapp` first) rendered by miniprogram-simulate with WeChat's own
 * template compiler, a recording `wx`, and the real backend answering cloud
 * calls.
 *
 *   const page = await openPage('pages/article/index', { query: { id }, stackDepth: 1, scene: 1007 })
 *   await page.waitForClass('article-header__title')
 *   await page.tap({ text: '返回首页' })
 *   expect(page.wx.navigations[0].url).toBe('/pages/index/index')
 *
 *   const me = await openPage('pages/me/index', { openid: 'reader-1' })   // the cloud sees this OPENID
 *   await me.trigger('phone-login__button', 'getphonenumber', { errMsg: 'getPhoneNumber:ok', code: 'dev-13812345678' })
 *   await me.needPrivacyAuthorization(resolveSpy)                          // WeChat asks the app's listener
 *   expect(me.attribute(button, 'open-type')).toBe('getPhoneNumber')
 *
 *   const composer = await openPage('packages/comment/index', { query: { id }, over: article })   // navigateTo
 *   await composer.close()                                                                        // back: article.onShow
 *
 * One page is open at a time, unless opened `over` another; each test's pages are closed after it.
 */
import type { RootComponent } from 'miniprogram-simulate'
import type { Action, ApiRequest, ApiResponse, Data } from '../../../src/contract/api'
import { attributeOf } from './attributes'
import { createCloudBackend, type CloudBackend, type CloudBackendOptions } from './cloud'
import { continuationsPending } from './continuations'
import { findAll, findByText, measureTree, tap, textOf, trigger } from './dom'
import { DIST, runtime, session, type OpenState, type PageDefinition, type PageInstance, type Runtime } from './runtime'
import type { CloudCall, EnterOptions, PrivacyResolve, WxRecorder } from './wx'

export { createCloudBackend, samplePerTest, type CloudBackend } from './cloud'
export { DIST, runtime, type AppDefinition, type PageDefinition } from './runtime'
export type { RecordingCanvas } from './canvas'
export { CARD_HEIGHT, type CloudCall, type NavigationCall, type PrivacyResolve, type WxCall } from './wx'

export interface OpenPageOptions {
  /** The page's query, as onLoad receives it. */
  query?: Record<string, string>
  /** Pages on the stack, this one included: 1 is a page opened from a share or a code. */
  stackDepth?: number
  /** WeChat's scene for this entry (getEnterOptionsSync); 1001 (发现栏) by default. */
  scene?: number
  /** Defaults to 'browseOnly' for scene 1154 (single-page mode from Moments), as WeChat does. */
  apiCategory?: EnterOptions['apiCategory']
  /** A backend to share between opens; by default each open gets a fresh one, closed with the page. */
  backend?: CloudBackend
  backendOptions?: CloudBackendOptions
  /** Start with the backend unreachable: every cloud call rejects. */
  offline?: boolean
  /** Storage before the page opens; 'keep' keeps what earlier opens wrote. Empty by default. */
  storage?: Record<string, unknown> | 'keep'
  /**
   * The reader's OPENID as the cloud sees it. Anonymous by default; single-page
   * mode (browseOnly) is always anonymous, as in WeChat.
   */
  openid?: string | null
  /**
   * Opened over the open page, as navigateTo does: that page stays (hidden,
   * its state kept, under this one on the stack) with its backend, storage
   * and recorded calls; closing this page shows it again (onShow), as a
   * navigateBack would. The options above that set up a fresh open are ignored.
   */
  over?: PageHandle
}

export interface WaitOptions {
  /** Milliseconds before giving up; default 3000. */
  timeout?: number
  /** Said in the failure, before the page's text. */
  message?: string
}

/** A cloud call of the `api` function, typed by its action. */
export interface ApiCall<A extends Action = Action> extends CloudCall {
  data: ApiRequest<A>
  result?: ApiResponse<A>
}

export interface RenderMetrics {
  setData: { calls: number; bytes: number; maxBytes: number; sizes: number[] }
  /** Element nodes rendered under the page (WeChat's audit: fewer than 1000). */
  nodes: number
  /** Deepest nesting under the page (WeChat's audit: less than 30). */
  depth: number
}

export interface PageHandle {
  readonly route: string
  readonly query: Record<string, string>
  readonly backend: CloudBackend
  /** Every wx call since the page opened: calls, navigations, cloud, clipboard. */
  readonly wx: WxRecorder
  /** The page's `this` (what WeChat would hold on its stack). */
  readonly instance: PageInstance
  /** The page's root element in jsdom. */
  readonly element: Element
  /** Which share items WeChat would offer in the page's menu: it looks for these two methods. */
  readonly shareMenu: { appMessage: boolean; timeline: boolean }

  /** Cloud calls of the `api` function, optionally of one action. */
  apiCalls<A extends Action>(action?: A): ApiCall<A>[]

  find(className: string): Element | undefined
  findAll(className: string): Element[]
  /** Text of each element with the class, in document order. */
  texts(className: string): string[]
  /** All the page's text, whitespace collapsed. */
  text(): string
  hasText(text: string): boolean
  /** The innermost element whose text is exactly `text`. */
  findByText(text: string): Element | undefined
  /** An attribute of a built-in component as WeChat gets it, e.g. `attribute(button, 'open-type')`. */
  attribute(element: Element, name: string): unknown

  /** Taps an element, the first element with a class, or the element showing `{ text }`; waits a turn. */
  tap(target: Element | string | { text: string }): Promise<void>
  /**
   * Fires a component event on the target (found as for `tap`) the way WeChat
   * does, e.g. `getphonenumber` with `{ errMsg, code }`; waits a turn.
   */
  trigger(target: Element | string | { text: string }, type: string, detail: Record<string, unknown>): Promise<void>
  /**
   * WeChat needs the reader's privacy consent (a privacy API was called):
   * calls the app's onNeedPrivacyAuthorization listener with `resolve`.
   */
  needPrivacyAuthorization(resolve: PrivacyResolve, referrer?: string): Promise<void>
  /** What the reader answers to every showModal from now on (confirm by default). */
  answerModals(confirm: boolean): void

  waitFor<T>(probe: () => T | undefined | null | false, options?: WaitOptions): Promise<T>
  waitForText(text: string, options?: WaitOptions): Promise<void>
  /** Resolves when at least one element has the class; returns them. */
  waitForClass(className: string, options?: WaitOptions): Promise<Element[]>
  /**
   * Scrolls the page to `scrollTop` px as WeChat reports it (onPageScroll);
   * waits a turn. Selector queries see the stub's fixed layout (CARD_HEIGHT).
   */
  scrollTo(scrollTop: number): Promise<void>
  /**
   * Waits until no cloud call or selector query is pending and the page has
   * re-rendered with the answers.
   */
  settle(options?: { timeout?: number }): Promise<void>

  /**
   * What the page's share handlers return (undefined when the page has none):
   * for the menu by default, or for a tapped `open-type="share"` button.
   */
  shareAppMessage(options?: { from: 'menu' | 'button' }): unknown
  shareTimeline(): unknown

  metrics(): RenderMetrics
  resetMetrics(): void
  close(): Promise<void>
}

/** The `data` of a call's ok answer; fails the test on a rejection or an error answer. */
export function answerOf<A extends Action>(call: ApiCall<A> | undefined): Data<A> {
  if (!call) throw new Error('no such cloud call')
  if (call.error) throw new Error(`${call.data.action} rejected: ${call.error.errMsg}`)
  if (!call.result) throw new Error(`${call.data.action} has no answer yet`)
  if (!call.result.ok)
    throw new Error(`${call.data.action} answered ${call.result.error.code}: ${call.result.error.message}`)
  return call.result.data
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

interface Opened {
  root: RootComponent<Record<string, unknown>, Record<string, never>, Record<string, never>>
  container: HTMLElement
  ownsBackend: boolean
  backend: CloudBackend
  state: OpenState
}
/** The pages open, the top one last: one, unless pages were opened `over` others. */
const opened: Opened[] = []

/**
 * Unloads the top page (onUnload), and closes its backend unless the test
 * brought its own; a page below it shows again (onShow).
 */
export async function closePage(): Promise<void> {
  const page = opened.pop()
  if (!page) return
  page.root.detach()
  page.container.remove()
  await sleep(0) // Taro unmounts the React tree on a later turn
  const below = opened[opened.length - 1]
  session.current = below?.state
  below?.state.instance?.onShow?.()
  if (page.ownsBackend) await page.backend.close()
}

async function closeAll(): Promise<void> {
  while (opened.length > 0) await closePage()
}

// Each test leaves no page open and no temporary database behind.
afterEach(closeAll)

/**
 * Opens a page of the compiled app the way WeChat would for a reader: the
 * given entry (scene) and stack, the query passed to onLoad. Resolves once
 * the page has painted (its first setData), not when its data has arrived.
 * The first call in a test file loads dist/app.js and launches the app with
 * this entry.
 */
export async function openPage(route: string, options: OpenPageOptions = {}): Promise<PageHandle> {
  if (options.over) return openOver(route, options.over, options.query)
  await closeAll()
  const query = { ...options.query }
  const stackDepth = options.stackDepth ?? 1
  if (stackDepth < 1) throw new Error('stackDepth counts the page itself: at least 1')
  const scene = options.scene ?? 1001

  const ownsBackend = !options.backend
  const backend = options.backend ?? (await createCloudBackend(options.backendOptions))
  if (options.offline) backend.goOffline()

  session.enter = {
    path: route,
    query,
    scene,
    apiCategory: options.apiCategory ?? (scene === 1154 ? 'browseOnly' : 'default'),
    referrerInfo: {},
  }
  session.backend = backend
  session.openid = options.openid ?? null
  session.modalConfirm = true
  session.recorder.reset()
  if (options.storage !== 'keep') {
    session.storage.clear()
    for (const [key, value] of Object.entries(options.storage ?? {})) session.storage.set(key, JSON.stringify(value))
  }
  // What lies under a page is never looked at by these pages beyond its length.
  const below = Array.from({ length: stackDepth - 1 }, () => ({ route: 'pages/index/index', options: {} }))
  return attachPage(route, query, below, backend, ownsBackend)
}

/** navigateTo from the open page `over`: it stays below, hidden (onHide). */
async function openOver(route: string, over: PageHandle, query: Record<string, string> = {}): Promise<PageHandle> {
  const top = opened[opened.length - 1]
  if (!top || top.state.instance !== over.instance) throw new Error('a page opens over the open page only')
  const { instance } = top.state
  instance.onHide?.()
  return attachPage(route, { ...query }, [...top.state.below, instance], top.backend, false)
}

async function attachPage(
  route: string,
  query: Record<string, string>,
  below: OpenState['below'],
  backend: CloudBackend,
  ownsBackend: boolean,
): Promise<PageHandle> {
  const open: OpenState = { route, query, below, setData: { calls: 0, bytes: 0, sizes: [] } }
  session.current = open

  const rt = runtime()
  const root = rt.simulate.render(rt.loadPage(route))
  const container = document.createElement('div')
  document.body.appendChild(container)
  root.attach(container) // attached → onLoad(query), onShow, onReady
  opened.push({ root, container, ownsBackend, backend, state: open })
  const instance = open.instance
  if (!instance) throw new Error(`${route} rendered without attaching its page`)
  open.element = root.dom as Element
  const page = pageHandle(rt, open, instance, root.dom as Element, backend)
  // Taro mounts the React page on a later turn and then sends its first
  // setData; before that the page is blank and its hooks (share) are unset.
  await page.waitFor(() => open.setData.calls > 0, { message: 'the page never rendered' })
  return page
}

function pageHandle(
  rt: Runtime,
  open: OpenState,
  instance: PageInstance,
  element: Element,
  backend: CloudBackend,
): PageHandle {
  const definition: PageDefinition = rt.pageDefinition(open.route)
  const recorder = session.recorder

  const describe = () =>
    [
      `page ${open.route} shows: ${textOf(element) || '(nothing)'}`,
      `cloud calls: ${JSON.stringify(recorder.cloud.map(({ data, result, error }) => ({ data, result, error })))}`,
    ].join('\n')

  const locate = (target: Element | string | { text: string }, what: string) => {
    let node: Element | undefined
    if (target instanceof Element) node = target
    else if (typeof target === 'string') node = findAll(element, target)[0]
    else node = findByText(element, target.text)[0]
    if (!node) throw new Error(`nothing to ${what} for ${JSON.stringify(target)}\n${describe()}`)
    return node
  }

  const handle: PageHandle = {
    route: open.route,
    query: open.query,
    backend,
    wx: recorder,
    instance,
    element,
    shareMenu: {
      appMessage: typeof definition.onShareAppMessage === 'function',
      timeline: typeof definition.onShareTimeline === 'function',
    },

    apiCalls<A extends Action>(action?: A) {
      const calls = recorder.cloud.filter((call) => call.name === 'api') as ApiCall<A>[]
      return action ? calls.filter((call) => call.data.action === action) : calls
    },

    find: (className) => findAll(element, className)[0],
    findAll: (className) => findAll(element, className),
    texts: (className) => findAll(element, className).map(textOf),
    text: () => textOf(element),
    hasText: (text) => textOf(element).includes(text),
    findByText: (text) => findByText(element, text)[0],
    attribute: (target, name) => attributeOf(DIST, instance.data as Record<string, unknown>, target, name),

    async tap(target) {
      tap(locate(target, 'tap'))
      await sleep(0)
    },
    async trigger(target, type, detail) {
      trigger(locate(target, type), type, detail)
      await sleep(0)
    },
    async needPrivacyAuthorization(resolve, referrer = 'button.getPhoneNumber') {
      const listener = session.privacyListener
      if (!listener) throw new Error('the app never called wx.onNeedPrivacyAuthorization')
      listener(resolve, { referrer })
      await sleep(0)
    },
    answerModals(confirm) {
      session.modalConfirm = confirm
    },

    async waitFor(probe, { timeout = 10_000, message = 'condition not met' } = {}) {
      const deadline = Date.now() + timeout
      for (;;) {
        const value = probe()
        if (value) return value
        if (Date.now() > deadline) throw new Error(`${message} within ${timeout} ms\n${describe()}`)
        await sleep(10)
      }
    },
    async waitForText(text, options) {
      await handle.waitFor(() => handle.hasText(text), { message: `"${text}" not shown`, ...options })
    },
    waitForClass: (className, options) =>
      handle.waitFor(
        () => {
          const found = findAll(element, className)
          return found.length > 0 && found
        },
        { message: `no .${className} rendered`, ...options },
      ),
    async scrollTo(scrollTop) {
      instance.onPageScroll?.({ scrollTop })
      await sleep(0)
    },
    async settle({ timeout = 10_000 } = {}) {
      // An answer can lead to another call (a retry, the next page): loop until quiet.
      // Selector queries count too: Taro answers them after the page's next update, or 100 ms.
      // Quiet is known, not waited for: no call, query or zero-delay timer
      // (React's next slice, Taro's setData, a wx answer) is pending.
      const deadline = Date.now() + timeout
      for (;;) {
        if (Date.now() > deadline) throw new Error(`the page did not settle within ${timeout} ms\n${describe()}`)
        await Promise.all(recorder.cloud.map((call) => call.done))
        await sleep(0)
        const quiet =
          continuationsPending() === 0 && recorder.pendingQueries === 0 && recorder.cloud.every((call) => call.settled)
        if (quiet) return
      }
    },

    shareAppMessage: (options = { from: 'menu' }) => instance.onShareAppMessage?.(options),
    shareTimeline: () => instance.onShareTimeline?.(),

    metrics() {
      const { calls, bytes, sizes } = open.setData
      return {
        setData: { calls, bytes, maxBytes: Math.max(0, ...sizes), sizes: [...sizes] },
        ...measureTree(element),
      }
    },
    resetMetrics() {
      open.setData = { calls: 0, bytes: 0, sizes: [] }
    },
    close: closePage,
  }
  return handle
}
