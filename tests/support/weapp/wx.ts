import { Buffer } from 'node:buffer'
import { posix } from 'node:path'
import { CanvasRecorder } from './canvas'
import type { CloudBackend } from './cloud'
import { classesOf, findAll, idOf } from './dom'

/** The launch / enter options WeChat hands to a mini-program (getEnterOptionsSync). */
export interface EnterOptions {
  path: string
  query: Record<string, string>
  scene: number
  /** 'browseOnly' in single-page mode (scene 1154), 'default' otherwise. */
  apiCategory: 'default' | 'browseOnly' | 'embedded' | 'chatTool'
  referrerInfo: Record<string, unknown>
  shareTicket?: string
}

/** The parts of dist/app.json that decide whether a navigation is legal. */
export interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  subpackages?: { root: string; pages: string[] }[]
  tabBar?: { list: { pagePath: string }[] }
}

/** Any wx API call, in call order. `options` is what the app passed (callbacks left out). */
export interface WxCall {
  api: string
  options: Record<string, unknown>
}

export interface NavigationCall {
  api: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack'
  /** Exactly what the app passed. */
  url: string
  /** Absolute page path, e.g. `/pages/article/index`. */
  path: string
  /** Raw query values, as WeChat hands them to onLoad. */
  query: Record<string, string>
  /** Whether WeChat would have accepted it (a tabBar page needs switchTab, and so on). */
  ok: boolean
  errMsg: string
}

export interface CloudCall {
  name: string
  /** A copy of `data` as it left the app. */
  data: unknown
  settled: boolean
  /** `result` of the answer, when the call resolved. */
  result?: unknown
  /** The rejection, when it failed. */
  error?: { errCode: number; errMsg: string }
  /** Resolves once the app has received the answer (or the rejection). */
  done: Promise<void>
}

/** Every call the app made to `wx` since the page was opened. */
export class WxRecorder {
  readonly calls: WxCall[] = []
  readonly navigations: NavigationCall[] = []
  readonly cloud: CloudCall[] = []
  clipboard = ''
  /** Selector queries made and not answered yet (Taro runs exec after the page's next update). */
  pendingQueries = 0
  /** The 2d canvases the page was given, with what was drawn on them, and their exports. */
  readonly canvas = new CanvasRecorder()
  /** Files the app wrote with the file system manager, by path, as text. */
  readonly files = new Map<string, string>()

  /** Calls of one API, e.g. `of('showToast')`. */
  of(api: string): WxCall[] {
    return this.calls.filter((call) => call.api === api)
  }

  reset(): void {
    this.calls.length = 0
    this.navigations.length = 0
    this.cloud.length = 0
    this.pendingQueries = 0
    this.canvas.reset()
    this.files.clear()
  }
}

/** WeChat's argument to the app's onNeedPrivacyAuthorization listener. */
export type PrivacyResolve = (answer: {
  event: 'exposureAuthorization' | 'agree' | 'disagree'
  buttonId?: string
}) => void
export type PrivacyListener = (resolve: PrivacyResolve, eventInfo: { referrer: string }) => void

/** What the fake `wx` reads from the harness, each time it is called. */
export interface WxHost {
  readonly recorder: WxRecorder
  readonly storage: Map<string, string>
  readonly appJson: AppJson
  backend(): CloudBackend
  /** The OPENID WeChat gives this user's cloud calls; null for an anonymous caller. */
  openid(): string | null
  /** What the reader answers to the next showModal. */
  modalConfirm(): boolean
  /** Keeps what the app passed to onNeedPrivacyAuthorization. */
  setPrivacyListener(listener: PrivacyListener): void
  enterOptions(): EnterOptions
  launchOptions(): EnterOptions
  /** Route of the page on top of the stack, e.g. `pages/article/index`. */
  currentRoute(): string | undefined
  stackDepth(): number
  /** The open page's rendered root, where selector queries look. */
  pageRoot(): Element | undefined
}

type Options = Record<string, unknown> & {
  success?: (res: unknown) => void
  fail?: (err: unknown) => void
  complete?: (res: unknown) => void
}

type Outcome = { ok: true; res?: Record<string, unknown> } | { ok: false; reason: string }

/** jsdom has no structuredClone; what crosses to WeChat is JSON-like anyway. */
const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T))

const withoutCallbacks = ({ success: _s, fail: _f, complete: _c, ...rest }: Options) => rest

/**
 * Answers like WeChat: callbacks on a later turn of the event loop, or a
 * Promise when no callback was given (base library ≥ 2.10.2).
 */
function answer(api: string, options: Options, outcome: Outcome): Promise<unknown> | undefined {
  const settle = () =>
    new Promise<unknown>((resolve, reject) =>
      setTimeout(() => {
        if (outcome.ok) {
          const res = { errMsg: `${api}:ok`, ...outcome.res }
          options.success?.(res)
          options.complete?.(res)
          resolve(res)
        } else {
          const err = { errMsg: `${api}:fail ${outcome.reason}` }
          options.fail?.(err)
          options.complete?.(err)
          reject(err)
        }
      }, 0),
    )
  const usesCallbacks = Boolean(options.success || options.fail || options.complete)
  if (usesCallbacks) {
    settle().catch(() => undefined) // the failure went to `fail`
    return undefined
  }
  return settle()
}

const SYSTEM_INFO = {
  brand: 'iPhone',
  model: 'iPhone 13',
  pixelRatio: 3,
  screenWidth: 390,
  screenHeight: 844,
  windowWidth: 390,
  windowHeight: 763,
  statusBarHeight: 47,
  language: 'zh_CN',
  version: '8.0.50',
  system: 'iOS 17.5',
  platform: 'ios',
  SDKVersion: '3.5.0',
  fontSizeSetting: 17,
  safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
  theme: 'light',
}

/**
 * jsdom lays nothing out, so selector queries answer from a fixed layout:
 * every `.article-card` is this tall, a canvas CANVAS_HEIGHT, and nothing
 * else takes room. An
 * element's height is that of the cards it holds (or is), its width the
 * window's; each rect is at top 0 and left 0 (no scrolling is modelled).
 */
export const CARD_HEIGHT = 120

export interface FakeRect {
  id: string
  dataset: Record<string, string>
  top: number
  left: number
  right: number
  bottom: number
  width: number
  height: number
}

/** A `<canvas>` takes the window's width and this height, as a chart's stylesheet would make it. */
export const CANVAS_HEIGHT = 220

function layoutOf(element: Element): FakeRect {
  const cards = findAll(element, 'article-card').length + (classesOf(element).includes('article-card') ? 1 : 0)
  const height = /canvas$/i.test(element.tagName) ? CANVAS_HEIGHT : cards * CARD_HEIGHT
  const width = SYSTEM_INFO.windowWidth
  return { id: element.id, dataset: {}, top: 0, left: 0, right: width, bottom: height, width, height }
}

/** What `fields()` answers for one element: the parts asked for; `node` is a recording 2d canvas, or null. */
function fieldsOf(element: Element, spec: Record<string, unknown>, canvas: CanvasRecorder) {
  const { dataset, left, right, top, bottom, width, height } = layoutOf(element)
  return {
    ...(spec.id ? { id: idOf(element) } : {}),
    ...(spec.dataset ? { dataset } : {}),
    ...(spec.rect ? { left, right, top, bottom } : {}),
    ...(spec.size ? { width, height } : {}),
    ...(spec.node ? { node: canvas.nodeOf(element) } : {}),
  }
}

/**
 * wx.createSelectorQuery() in the open page: one `.class` or `#id` per
 * selector, with select / selectAll, boundingClientRect (the fixed layout
 * above) and fields (a `<canvas>`'s node records what is drawn on it); exec
 * answers on a later turn, in order, as WeChat does.
 */
function selectorQuery(root: () => Element | undefined, recorder: WxRecorder) {
  // Counted until answered, or for a second when never run (a query the app dropped).
  recorder.pendingQueries += 1
  let answered = false
  const done = () => {
    if (!answered) recorder.pendingQueries = Math.max(0, recorder.pendingQueries - 1)
    answered = true
  }
  setTimeout(done, 1000)
  const requests: { measure: () => unknown; callback?: (result: unknown) => void }[] = []
  const matches = (selector: string) => {
    if (!/^[.#][\w-]+$/.test(selector))
      throw new Error(`the wx stub's selector queries take one .class or #id, not ${selector}`)
    const page = root()
    if (!page) return []
    const name = selector.slice(1)
    return selector.startsWith('#')
      ? Array.from(page.querySelectorAll('*')).filter((element) => idOf(element) === name)
      : findAll(page, name)
  }
  /** select answers for its first match (or null), selectAll for every match. */
  const nodes = (selector: string, all: boolean) => {
    const describe = (each: (element: Element) => unknown) => () => {
      const found = matches(selector)
      return all ? found.map(each) : found[0] ? each(found[0]) : null
    }
    return {
      boundingClientRect(callback?: (result: unknown) => void) {
        requests.push({ measure: describe(layoutOf), callback })
        return query
      },
      fields(spec: Record<string, unknown>, callback?: (result: unknown) => void) {
        requests.push({ measure: describe((element) => fieldsOf(element, spec, recorder.canvas)), callback })
        return query
      },
    }
  }
  const query = {
    in: () => query,
    select: (selector: string) => nodes(selector, false),
    selectAll: (selector: string) => nodes(selector, true),
    exec(callback?: (results: unknown[]) => void) {
      setTimeout(() => {
        const results = requests.map(({ measure, callback: each }) => {
          const result = measure()
          each?.(result)
          return result
        })
        callback?.(results)
        done()
      }, 0)
    },
  }
  return query
}

/** Where a mini-program may write its own files (wx.env.USER_DATA_PATH). */
const USER_DATA_PATH = 'wxfile://usr'

/** WeChat's limit for one storage key. */
const STORAGE_ITEM_LIMIT = 1024 * 1024

function parseUrl(url: string, from: string | undefined) {
  const [rawPath, search = ''] = url.split('?')
  // A relative url is resolved against the current page, as WeChat does.
  const path = rawPath.startsWith('/') ? rawPath : posix.join('/', posix.dirname(from ?? ''), rawPath)
  const query: Record<string, string> = {}
  for (const pair of search.split('&').filter(Boolean)) {
    const [key, value = ''] = pair.split('=')
    query[key] = value
  }
  return { path, query }
}

function pagesOf(app: AppJson): Set<string> {
  const pages = new Set(app.pages)
  for (const sub of [...(app.subPackages ?? []), ...(app.subpackages ?? [])])
    for (const page of sub.pages) pages.add(posix.join(sub.root, page))
  return pages
}

/**
 * The `wx` object the compiled app talks to. Taro snapshots its keys when
 * taro.js loads (processApis) and keeps `wx.cloud` by reference, so this one
 * object lives for the whole test file and reads its state from `host`.
 */
export function createWx(host: WxHost) {
  const { recorder, storage } = host
  const pages = pagesOf(host.appJson)
  const tabPages = new Set((host.appJson.tabBar?.list ?? []).map((item) => item.pagePath))
  let cloudReady = false

  const record = (api: string, options: Options = {}) => {
    recorder.calls.push({ api, options: clone(withoutCallbacks(options)) })
  }
  /** An API whose only effect is to be recorded. */
  const recorded =
    (api: string, res?: Record<string, unknown>) =>
    (options: Options = {}) => {
      record(api, options)
      return answer(api, options, { ok: true, res })
    }

  function navigate(api: NavigationCall['api'], options: Options) {
    record(api, options)
    const url = String(options.url ?? '')
    const { path, query } = parseUrl(url, host.currentRoute())
    const page = path.slice(1)
    let reason: string | null = null
    if (api === 'navigateBack') {
      if (host.stackDepth() <= 1) reason = 'cannot navigate back at first page.'
    } else if (!pages.has(page)) reason = `page "${page}" is not found`
    else if (api === 'switchTab' && !tabPages.has(page)) reason = 'can not switch to no-tabBar page'
    else if ((api === 'navigateTo' || api === 'redirectTo') && tabPages.has(page))
      reason = `can not ${api} a tabbar page`
    const errMsg = reason ? `${api}:fail ${reason}` : `${api}:ok`
    recorder.navigations.push({ api, url, path, query, ok: reason === null, errMsg })
    return answer(api, options, reason ? { ok: false, reason } : { ok: true })
  }

  function setStorage(key: string, data: unknown) {
    const json = JSON.stringify(data === undefined ? null : data)
    if (Buffer.byteLength(json) > STORAGE_ITEM_LIMIT) throw new Error('exceed storage item max length')
    storage.set(key, json)
  }
  const getStorage = (key: string): unknown => {
    const json = storage.get(key)
    return json === undefined ? undefined : JSON.parse(json)
  }

  async function callFunction(options: Options) {
    const name = String(options.name ?? '')
    const data = clone(options.data ?? {})
    let markDone = () => {}
    const call: CloudCall = { name, data, settled: false, done: new Promise<void>((r) => (markDone = r)) }
    recorder.cloud.push(call)
    record('cloud.callFunction', options)
    const backend = host.backend()
    try {
      await new Promise((resolve) => setTimeout(resolve, backend.latencyMs))
      if (!cloudReady)
        throw { errCode: -1, errMsg: 'cloud.callFunction:fail 请先调用 wx.cloud.init() 完成初始化后再调用其他云 API' }
      if (backend.offline) throw { errCode: -1, errMsg: 'cloud.callFunction:fail request:fail timeout' }
      if (name !== 'api')
        throw { errCode: -501000, errMsg: `cloud.callFunction:fail FunctionName parameter could not be found: ${name}` }
      // Single-page mode has no OPENID: the cloud sees an anonymous caller.
      const openid = host.launchOptions().apiCategory === 'browseOnly' ? null : host.openid()
      // Payload and answer cross the network as JSON: no shared references with the store.
      const result: unknown = clone(await backend.dispatch(clone(data), openid))
      call.result = result
      const res = { errMsg: 'cloud.callFunction:ok', result, requestID: `req-${recorder.cloud.length}` }
      options.success?.(res)
      options.complete?.(res)
      return res
    } catch (error) {
      call.error = error as CloudCall['error']
      options.fail?.(error)
      options.complete?.(error)
      throw error
    } finally {
      call.settled = true
      markDone()
    }
  }

  return {
    env: { USER_DATA_PATH },
    canIUse: () => true,
    nextTick: (fn: () => void) => void setTimeout(fn, 0),
    createSelectorQuery: () => selectorQuery(() => host.pageRoot(), recorder),

    getSystemInfoSync: () => ({ ...SYSTEM_INFO }),
    getSystemInfo: recorded('getSystemInfo', SYSTEM_INFO),
    getWindowInfo: () => {
      const { pixelRatio, screenWidth, screenHeight, windowWidth, windowHeight, statusBarHeight, safeArea } =
        SYSTEM_INFO
      return {
        pixelRatio,
        screenWidth,
        screenHeight,
        windowWidth,
        windowHeight,
        statusBarHeight,
        safeArea,
        screenTop: 0,
      }
    },
    getDeviceInfo: () => ({
      brand: SYSTEM_INFO.brand,
      model: SYSTEM_INFO.model,
      system: SYSTEM_INFO.system,
      platform: SYSTEM_INFO.platform,
      pixelRatio: SYSTEM_INFO.pixelRatio,
    }),
    getAppBaseInfo: () => ({
      SDKVersion: SYSTEM_INFO.SDKVersion,
      language: SYSTEM_INFO.language,
      version: SYSTEM_INFO.version,
      theme: SYSTEM_INFO.theme,
      fontSizeSetting: SYSTEM_INFO.fontSizeSetting,
    }),
    getSystemSetting: () => ({
      bluetoothEnabled: false,
      locationEnabled: false,
      wifiEnabled: true,
      deviceOrientation: 'portrait',
    }),
    getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 51, right: 382, bottom: 83, left: 295 }),

    getEnterOptionsSync: () => clone(host.enterOptions()),
    getLaunchOptionsSync: () => clone(host.launchOptions()),
    // The DevTools' build: a code made from it must open the develop version.
    getAccountInfoSync: () => ({ miniProgram: { appId: 'wx-test-appid', envVersion: 'develop', version: '' } }),

    navigateTo: (options: Options) => navigate('navigateTo', options),
    redirectTo: (options: Options) => navigate('redirectTo', options),
    switchTab: (options: Options) => navigate('switchTab', options),
    reLaunch: (options: Options) => navigate('reLaunch', options),
    navigateBack: (options: Options = {}) => navigate('navigateBack', options),

    showToast: recorded('showToast'),
    hideToast: recorded('hideToast'),
    showLoading: recorded('showLoading'),
    hideLoading: recorded('hideLoading'),
    showModal: (options: Options = {}) => {
      record('showModal', options)
      const confirm = host.modalConfirm()
      return answer('showModal', options, { ok: true, res: { confirm, cancel: !confirm } })
    },
    showActionSheet: recorded('showActionSheet', { tapIndex: 0 }),
    setNavigationBarTitle: recorded('setNavigationBarTitle'),
    startPullDownRefresh: recorded('startPullDownRefresh'),
    stopPullDownRefresh: recorded('stopPullDownRefresh'),
    pageScrollTo: recorded('pageScrollTo'),
    showShareMenu: recorded('showShareMenu'),
    hideShareMenu: recorded('hideShareMenu'),
    hideHomeButton: recorded('hideHomeButton'),
    previewImage: recorded('previewImage'),
    saveImageToPhotosAlbum: recorded('saveImageToPhotosAlbum'),
    // Every download "succeeds" into a temporary file named after its order.
    downloadFile: (options: Options) => {
      record('downloadFile', options)
      const tempFilePath = `wxfile://tmp/download-${recorder.of('downloadFile').length}`
      return answer('downloadFile', options, { ok: true, res: { statusCode: 200, tempFilePath } })
    },
    showShareImageMenu: recorded('showShareImageMenu'),
    canvasToTempFilePath: (options: Options) => {
      const { canvas, ...rest } = options
      record('canvasToTempFilePath', rest)
      const tempFilePath = recorder.canvas.exportOf(canvas)
      return answer(
        'canvasToTempFilePath',
        options,
        tempFilePath ? { ok: true, res: { tempFilePath } } : { ok: false, reason: 'canvas is not a 2d canvas node' },
      )
    },
    getFileSystemManager: () => ({
      writeFile(options: Options) {
        const { data, ...rest } = options
        record('fs.writeFile', rest)
        const filePath = String(options.filePath ?? '')
        const inUserData = filePath.startsWith(`${USER_DATA_PATH}/`)
        if (inUserData) recorder.files.set(filePath, String(data))
        return answer(
          'writeFile',
          options,
          inUserData ? { ok: true } : { ok: false, reason: `permission denied, open ${filePath}` },
        )
      },
    }),
    // A file goes to a chat only from the phone: one the app wrote, or WeChat fails.
    shareFileMessage: (options: Options) => {
      record('shareFileMessage', options)
      const known = recorder.files.has(String(options.filePath))
      return answer('shareFileMessage', options, known ? { ok: true } : { ok: false, reason: 'file not exist' })
    },
    setClipboardData: (options: Options) => {
      record('setClipboardData', options)
      recorder.clipboard = String(options.data ?? '')
      return answer('setClipboardData', options, { ok: true })
    },
    getClipboardData: (options: Options) =>
      answer('getClipboardData', options, { ok: true, res: { data: recorder.clipboard } }),

    setStorageSync: (key: string, data: unknown) => {
      record('setStorageSync', { key })
      setStorage(key, data)
    },
    // WeChat answers a missing key with an empty string.
    getStorageSync: (key: string) => getStorage(key) ?? '',
    removeStorageSync: (key: string) => {
      record('removeStorageSync', { key })
      storage.delete(key)
    },
    clearStorageSync: () => {
      record('clearStorageSync')
      storage.clear()
    },
    getStorageInfoSync: () => ({
      keys: [...storage.keys()],
      currentSize: Math.ceil([...storage.values()].reduce((n, v) => n + Buffer.byteLength(v), 0) / 1024),
      limitSize: 10240,
    }),
    setStorage: (options: Options) => {
      record('setStorage', { key: options.key })
      try {
        setStorage(String(options.key), options.data)
        return answer('setStorage', options, { ok: true })
      } catch (error) {
        return answer('setStorage', options, { ok: false, reason: (error as Error).message })
      }
    },
    getStorage: (options: Options) => {
      const data = getStorage(String(options.key))
      return answer(
        'getStorage',
        options,
        data === undefined ? { ok: false, reason: 'data not found' } : { ok: true, res: { data } },
      )
    },
    removeStorage: (options: Options) => {
      record('removeStorage', { key: options.key })
      storage.delete(String(options.key))
      return answer('removeStorage', options, { ok: true })
    },
    clearStorage: (options: Options = {}) => {
      record('clearStorage')
      storage.clear()
      return answer('clearStorage', options, { ok: true })
    },

    onNeedPrivacyAuthorization: (listener: PrivacyListener) => {
      record('onNeedPrivacyAuthorization')
      host.setPrivacyListener(listener)
    },
    openPrivacyContract: recorded('openPrivacyContract'),

    cloud: {
      DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
      init: (options: Options = {}) => {
        record('cloud.init', options)
        cloudReady = true
      },
      callFunction,
    },
  }
}

export type FakeWx = ReturnType<typeof createWx>
