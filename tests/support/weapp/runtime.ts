import { Buffer } from 'node:buffer'
import { existsSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { RootComponent } from 'miniprogram-simulate'
import type { CloudBackend } from './cloud'
import { trackContinuations } from './continuations'
import { createWx, WxRecorder, type AppJson, type EnterOptions, type PrivacyListener } from './wx'

/** Taro's weapp build, what the WeChat DevTools open. */
export const DIST = resolve(__dirname, '../../../dist')

type Fn = (this: unknown, ...args: unknown[]) => unknown

/** The `this` of a page: the component instance that stands in for WeChat's page. */
export interface PageInstance {
  route: string
  options: Record<string, string>
  setData(data: Record<string, unknown>, callback?: () => void): void
  onLoad?(query: Record<string, string>): void
  onShow?(): void
  onHide?(): void
  onReady?(): void
  onUnload?(): void
  onPullDownRefresh?(): void
  onReachBottom?(): void
  onPageScroll?(options: { scrollTop: number }): void
  onShareAppMessage?(options: { from: 'menu' | 'button'; target?: unknown }): unknown
  onShareTimeline?(): unknown
  [key: string]: unknown
}

/** What the compiled page passed to `Page()`. */
export type PageDefinition = Record<string, unknown> & { data?: Record<string, unknown> }

/** What the compiled app passed to `App()`: Taro's app object with its config and hooks. */
export type AppDefinition = Record<string, unknown> & {
  config?: Record<string, unknown>
  onLaunch?: (options: EnterOptions) => void
  onShow?: (options: EnterOptions) => void
}

export interface SetDataMeter {
  calls: number
  /** UTF-8 bytes of the JSON of every payload, summed. */
  bytes: number
  /** Size of each call, in order (WeChat's limit is 256 KB per call). */
  sizes: number[]
}

/** One open page: what getCurrentPages() and the meters refer to. */
export interface OpenState {
  route: string
  query: Record<string, string>
  instance?: PageInstance
  /** The page's rendered root in jsdom, once attached. */
  element?: Element
  /** The pages under this one on the stack. */
  below: Pick<PageInstance, 'route' | 'options'>[]
  setData: SetDataMeter
}

type ComponentOptions = Record<string, unknown> & { behaviors?: unknown }

interface Simulate {
  load(path: string, options: { compiler: 'official'; rootPath: string }): string
  render(id: string): RootComponent<Record<string, unknown>, Record<string, never>, Record<string, never>>
  behavior(definition: Record<string, unknown>): unknown
}

interface MiniGlobals {
  wx: unknown
  App: (options: AppDefinition) => void
  Page: (options: PageDefinition) => void
  Component: (options: ComponentOptions) => void
  getApp: () => AppDefinition | undefined
  getCurrentPages: () => Pick<PageInstance, 'route' | 'options'>[]
}

export interface Runtime {
  readonly simulate: Simulate
  readonly app: AppDefinition
  readonly appJson: AppJson
  readonly launchOptions: EnterOptions
  /** What the page Taro compiled for `route` passed to `Page()` (loaded on demand). */
  pageDefinition(route: string): PageDefinition
  /** A component id for `route`, compiled and registered once per test file. */
  loadPage(route: string): string
}

/** The per-file state the fake `wx` and the globals read; changed by openPage. */
export const session = {
  recorder: new WxRecorder(),
  storage: new Map<string, string>(),
  enter: undefined as EnterOptions | undefined,
  backend: undefined as CloudBackend | undefined,
  current: undefined as OpenState | undefined,
  /** The WeChat user's OPENID in cloud calls; null: anonymous. */
  openid: null as string | null,
  /** The reader's answer to every showModal. */
  modalConfirm: true,
  /** What the app registered with onNeedPrivacyAuthorization (once, at launch). */
  privacyListener: undefined as PrivacyListener | undefined,
}

let booted: Runtime | undefined

/**
 * Loads the compiled app once per test file (jest gives each file its own
 * module registry and jsdom): globals first, then dist/app.js, which calls
 * App(); the launch hooks run with the first page's entry.
 */
export function runtime(): Runtime {
  booted ??= boot()
  return booted
}

function boot(): Runtime {
  if (!existsSync(join(DIST, 'app.js'))) throw new Error(`No weapp build in ${DIST}: run \`npm run build:weapp\` first`)
  const launchOptions = session.enter
  if (!launchOptions) throw new Error('runtime() needs the entry of the first page (openPage sets it)')
  const appJson = JSON.parse(readFileSync(join(DIST, 'app.json'), 'utf8')) as AppJson
  trackContinuations()

  // Required here, not imported: simulate installs its own Component/Behavior
  // globals and a wx of its own on load, and runJs is patched on the module
  // object itself (an import namespace would be a copy).
  /* eslint-disable @typescript-eslint/no-var-requires */
  const simulate = require('miniprogram-simulate') as Simulate
  const simulateUtils = require('miniprogram-simulate/src/utils') as { runJs: (file: string) => void }
  /* eslint-enable @typescript-eslint/no-var-requires */
  const g = globalThis as unknown as MiniGlobals

  g.wx = createWx({
    recorder: session.recorder,
    storage: session.storage,
    appJson,
    backend: () => {
      if (!session.backend) throw new Error('cloud call with no backend: open a page with openPage()')
      return session.backend
    },
    openid: () => session.openid,
    modalConfirm: () => session.modalConfirm,
    setPrivacyListener: (listener) => void (session.privacyListener = listener),
    enterOptions: () => session.enter ?? launchOptions,
    launchOptions: () => launchOptions,
    currentRoute: () => session.current?.route,
    stackDepth: () => g.getCurrentPages().length,
    pageRoot: () => session.current?.element,
  })

  // Counts every setData of every component (page and Taro's nested `comp`) into the open page.
  const setDataMeter = simulate.behavior({
    lifetimes: {
      created(this: PageInstance) {
        const setData = this.setData
        this.setData = (data, callback) => {
          const meter = session.current?.setData
          if (meter) {
            const size = Buffer.byteLength(JSON.stringify(data))
            meter.calls += 1
            meter.bytes += size
            meter.sizes.push(size)
          }
          setData.call(this, data, callback)
        }
      },
    },
  })

  // A compiled file runs once: webpack's chunk registry in dist/runtime.js
  // never executes a module twice, so a second simulate.load() of a page or
  // of `comp` would register nothing. Record what each file registered and
  // replay it instead of requiring the file again.
  const registrations = new Map<string, ComponentOptions>()
  const pageDefinitions = new Map<string, PageDefinition>()
  let running: string | null = null
  const simulateComponent = g.Component
  g.Component = (options) => {
    const own = Array.isArray(options.behaviors) ? options.behaviors : []
    const definition = { ...options, behaviors: [setDataMeter, ...own] }
    if (running) registrations.set(running, definition)
    simulateComponent(definition)
  }
  simulateUtils.runJs = (file) => {
    const registered = registrations.get(file)
    if (registered) return simulateComponent({ ...registered })
    running = file
    try {
      require(file)
    } finally {
      running = null
    }
  }

  g.Page = (options) => {
    if (!running) throw new Error('Page() called outside a page file')
    const route = relative(DIST, running).replace(/\\/g, '/')
    pageDefinitions.set(route, options)
    g.Component(pageAsComponent(route, options))
  }

  let app: AppDefinition | undefined
  g.App = (options) => {
    app = options
    options.onLaunch?.call(options, launchOptions)
    options.onShow?.call(options, launchOptions)
  }
  g.getApp = () => app
  g.getCurrentPages = () => {
    const open = session.current
    if (!open) return []
    return open.instance ? [...open.below, open.instance] : [...open.below]
  }

  require(join(DIST, 'app.js'))
  if (!app) throw new Error('dist/app.js did not call App()')

  const ids = new Map<string, string>()
  const loadPage = (route: string) => {
    let id = ids.get(route)
    if (!id) {
      // 'official' is WeChat's wcc (bundled for Linux); the pure-JS compiler renders nothing of Taro's templates.
      id = simulate.load(join(DIST, route), { compiler: 'official', rootPath: DIST })
      ids.set(route, id)
    }
    return id
  }
  const definedApp = app
  return {
    simulate,
    app: definedApp,
    appJson,
    launchOptions,
    loadPage,
    pageDefinition(route) {
      loadPage(route)
      const definition = pageDefinitions.get(route)
      if (!definition) throw new Error(`${route} did not call Page()`)
      return definition
    },
  }
}

/**
 * simulate renders components, not pages: the page's options become a
 * component's methods, and attaching it plays WeChat's page lifecycle
 * (onLoad with the query, onShow, onReady); detaching is onUnload.
 */
function pageAsComponent(route: string, page: PageDefinition): ComponentOptions {
  const methods: Record<string, Fn> = {}
  for (const [key, value] of Object.entries(page)) if (typeof value === 'function') methods[key] = value as Fn
  return {
    data: page.data ?? {},
    methods,
    lifetimes: {
      attached(this: PageInstance) {
        const open = session.current
        if (!open || open.route !== route) throw new Error(`${route} attached while ${open?.route} is the open page`)
        this.route = route
        this.options = { ...open.query }
        open.instance = this
        this.onLoad?.({ ...open.query })
        this.onShow?.()
        this.onReady?.()
      },
      detached(this: PageInstance) {
        this.onUnload?.()
      },
    },
  }
}
