import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Action, ApiResponse, Data, Payload } from '../../src/contract/api'
import type { Category } from '../../src/contract/models'
import type { ContentCheck } from '../../server/core/content-check'
import type { Context } from '../../server/core/context'
import type { PhoneProvider } from '../../server/core/phone'
import type { QrCodeMaker } from '../../server/core/qrcode'
import { devContentCheck } from '../../server/dev/content-check'
import { devPhoneProvider } from '../../server/dev/phone'
import { localQrCodeMaker } from '../../server/dev/qrcode'
import { seedIfEmpty } from '../../server/dev/seed'
import { dispatch } from '../../server/handlers'
import { createFetcher } from '../../server/import/fetch/fetcher'
import { createLinkImporter } from '../../server/import/link/import-link'
import type { ImportServices } from '../../server/import/link/services'
import { localMediaStore } from '../../server/import/media-store'
import { createCloudStore } from '../../server/store/cloudbase'
import { nodeSdkDriver, wxServerSdkDriver } from '../../server/store/cloudbase/driver'
import { openSqliteStore } from '../../server/store/sqlite'
import { COLLECTIONS } from '../../server/store/cloudbase/collections'
import { declaredIndexes } from '../../server/store/cloudbase/stand-in/indexes'
import type { ArticleInput, Store } from '../../server/store/types'
import { createStandInDatabase, type StandInDatabase } from './cloud-db'

export const CATEGORIES: Category[] = [
  { id: 'news', name: '资讯' },
  { id: 'market', name: '市场行情' },
  { id: 'policy', name: '政策解读' },
]

export const ADMIN = 'admin-openid'

/**
 * WeChat's phone-number exchange as the tests drive it: `dev-<11 digits>` is
 * that number (the local host's rule), `wechat-error-<code>` fails the way
 * WeChat does with that errCode (40029 rejected, 45011 quota, -1 busy).
 */
export const testPhoneProvider: PhoneProvider = {
  async exchange(code) {
    const failure = /^wechat-error-(-?\d+)$/.exec(code)
    if (failure) throw { errCode: Number(failure[1]), errMsg: `getPhoneNumber:fail ${failure[1]}` }
    return devPhoneProvider.exchange(code)
  },
}

/**
 * WeChat's content check as the tests drive it: the local host's rule
 * (违规测试 risky, 待审测试 review), and a text holding `wechat-error-<code>`
 * fails the way WeChat does with that errCode (-1 busy, 45011 quota).
 */
export const testContentCheck: ContentCheck = {
  async check(request) {
    const failure = /wechat-error-(-?\d+)/.exec(request.text)
    if (failure) throw { errCode: Number(failure[1]), errMsg: `msgSecCheck:fail ${failure[1]}` }
    return devContentCheck.check(request)
  },
}

/** A valid article; `n` orders them (a higher n is newer). */
export function makeArticle(n: number, overrides: Partial<ArticleInput> = {}): ArticleInput {
  const day = String((n % 28) + 1).padStart(2, '0')
  const month = String((Math.floor(n / 28) % 12) + 1).padStart(2, '0')
  return {
    id: `article-${String(n).padStart(4, '0')}`,
    title: `第 ${n} 篇：阿克苏长绒棉采收进度`,
    summary: `摘要 ${n}：机采棉比例继续提高，轧花厂开足马力。`,
    cover: `/media/cover-${n}.jpg`,
    category: CATEGORIES[n % CATEGORIES.length].id,
    source: '梧桐台',
    publishedAt: `2026-${month}-${day}T0${n % 10}:00:00+08:00`,
    readCount: n * 10,
    blocks: [
      { type: 'heading', level: 2, text: '采收现场' },
      { type: 'paragraph', spans: [{ text: '今年的' }, { text: '机采棉', bold: true }, { text: '比例继续提高。' }] },
      { type: 'image', src: `/media/body-${n}.jpg`, width: 1080, height: 720, caption: '棉田' },
    ],
    ...overrides,
  }
}

/** The store implementations every contract test runs on. */
export const STORE_KINDS = ['sqlite', 'cloudbase/wx-server-sdk', 'cloudbase/node-sdk'] as const
export type StoreKind = (typeof STORE_KINDS)[number]

/** A recorded visit, the same shape whichever store wrote it. */
export interface VisitRow {
  articleId: string
  openid: string | null
  scene: number | null
  entry: string
  channel: string | null
  at: string
}

/** A channel as a version from before kinds wrote it: what a migration or the store's reading must cope with. */
export interface LegacyChannel {
  code: string
  name: string
  articleId: string | null
}

/** Reads a store's raw data, past the Store interface, to see what was written. */
interface Inspector {
  visits(): VisitRow[]
  snapshot(): unknown
  addChannel(channel: LegacyChannel): Promise<unknown> | void
  close(): void
}

function sqliteInspector(file: string): Inspector {
  const db = new Database(file)
  return {
    visits: () =>
      db
        .prepare('SELECT article_id AS articleId, openid, scene, entry, channel, at FROM visits ORDER BY id')
        .all() as VisitRow[],
    // Every table, those added later and the search index's included.
    snapshot: () =>
      Object.fromEntries(
        (
          db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
        ).map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]),
      ),
    addChannel: ({ code, name, articleId }) =>
      void db
        .prepare(
          "INSERT INTO channels (code, name, page, article_id, created_at) VALUES (?, ?, ?, ?, '2026-11-01T00:00:00.000Z')",
        )
        .run(code, name, articleId ? 'pages/article/index' : 'pages/index/index', articleId),
    close: () => db.close(),
  }
}

function standInInspector(db: StandInDatabase, style: 'wx' | 'node'): Inspector {
  return {
    visits: () =>
      db.dump('visits').map(({ articleId, openid, scene, entry, channel, at }) => ({
        articleId,
        openid,
        scene,
        entry,
        channel,
        at,
      })) as VisitRow[],
    snapshot: () => Object.fromEntries(Object.values(COLLECTIONS).map((c) => [c, db.dump(c)])),
    addChannel: ({ code, name, articleId }) => {
      const data = { _id: code, name, articleId }
      return db.collection('channels').add(style === 'wx' ? { data } : data)
    },
    close: () => undefined,
  }
}

export interface BackendOptions {
  kind?: StoreKind
  /** The project's sample articles (server/dev/seed), instead of `articles`. */
  seed?: boolean
  articles?: ArticleInput[]
  /** Delay of each stand-in database request (cloud kinds only). */
  latencyMs?: number
  /** Up to this much more at random, so that concurrent requests complete in any order (cloud kinds only). */
  jitterMs?: number
  /** Seeds that randomness, so that a failing order can be replayed. */
  jitterSeed?: number
  /** The handlers' clock; fixed by default. */
  now?: () => Date
  /** WeChat's content check; testContentCheck by default. */
  contentCheck?: ContentCheck
  /** Import by link's fetcher and media; by default mp.weixin.qq.com only, images in `mediaRoot`. */
  importer?: ImportServices
  /** Where channel codes are made: by default real local QR images (slow to draw under jest). */
  qrcode?: QrCodeMaker
}

/** Codes named as the local host names them, without drawing them: for tests about channels, not pictures. */
export const undrawnQrCodes: QrCodeMaker = {
  localStandIn: true,
  make: async ({ code }) => `/media/qrcodes/${code}.png`,
  urlOf: async (file) => file,
}

export interface TestBackend {
  kind: StoreKind
  store: Store
  /** Where the local QR codes and seeded images go. */
  mediaRoot: string
  /** The stand-in database behind a cloud kind. */
  standIn?: StandInDatabase
  dispatch(body: unknown, openid?: string | null): Promise<ApiResponse>
  call<A extends Action>(action: A, payload: Payload<A> | unknown, openid?: string | null): Promise<ApiResponse<A>>
  /** Like `call`, but fails the test unless the answer is ok. */
  data<A extends Action>(action: A, payload: Payload<A>, openid?: string | null): Promise<Data<A>>
  visits(): VisitRow[]
  /** Everything the handlers can write, to prove that a rejected call wrote nothing. */
  snapshot(): unknown
  /** Writes a channel the way a version from before kinds did. */
  addChannel(channel: LegacyChannel): Promise<void>
  close(): Promise<void>
}

/**
 * What the handlers get in the tests: the test phone provider and content
 * check, local QR codes and media under `mediaRoot`, ADMIN as the one admin,
 * a fixed clock, no caller.
 */
export function testContext(store: Store, mediaRoot: string, overrides: Partial<Context> = {}): Context {
  return {
    store,
    openid: null,
    now: () => new Date('2026-11-27T10:00:00Z'),
    admins: new Set([ADMIN]),
    phone: testPhoneProvider,
    qrcode: localQrCodeMaker(mediaRoot, 'http://127.0.0.1:8080'),
    contentCheck: testContentCheck,
    importer: createLinkImporter({ fetcher: createFetcher(), media: localMediaStore(mediaRoot) }),
    ...overrides,
  }
}

/** The real handlers on a real store: SQLite in a fresh temporary folder, or CloudBase on the stand-in. */
export async function createTestBackend({
  kind = 'sqlite',
  seed = false,
  articles = [],
  latencyMs = 0,
  jitterMs = 0,
  jitterSeed,
  now = () => new Date('2026-11-27T10:00:00Z'),
  contentCheck = testContentCheck,
  importer,
  qrcode,
}: BackendOptions = {}): Promise<TestBackend> {
  const dir = mkdtempSync(join(tmpdir(), 'wtt-test-'))
  let store: Store
  let inspector: Inspector
  let standIn: StandInDatabase | undefined
  if (kind === 'sqlite') {
    const file = join(dir, 'test.db')
    store = openSqliteStore(file)
    inspector = sqliteInspector(file)
  } else {
    const style = kind === 'cloudbase/wx-server-sdk' ? 'wx' : 'node'
    standIn = createStandInDatabase({ style, latencyMs, jitterMs, seed: jitterSeed, indexes: declaredIndexes() })
    store = createCloudStore((style === 'wx' ? wxServerSdkDriver : nodeSdkDriver)(standIn))
    inspector = standInInspector(standIn, style)
  }
  if (seed) await seedIfEmpty(store, join(dir, 'media'))
  else {
    for (const category of CATEGORIES) await store.upsertCategory(category)
    for (const article of articles) await store.upsertArticle(article)
  }

  const mediaRoot = join(dir, 'media')
  const context = testContext(store, mediaRoot, {
    now,
    contentCheck,
    ...(importer ? { importer: createLinkImporter(importer) } : {}),
    ...(qrcode ? { qrcode } : {}),
  })
  const send = (body: unknown, openid: string | null = null) => dispatch(body, { ...context, openid })
  const call = (action: Action, payload: unknown, openid?: string | null) => send({ action, payload }, openid)

  return {
    kind,
    store,
    mediaRoot,
    standIn,
    dispatch: send,
    call: call as TestBackend['call'],
    async data(action, payload, openid) {
      const answer = await call(action, payload, openid)
      if (!answer.ok) throw new Error(`${action} failed: ${answer.error.code} ${answer.error.message}`)
      return answer.data as never
    },
    visits: () => inspector.visits(),
    snapshot: () => inspector.snapshot(),
    async addChannel(channel) {
      await inspector.addChannel(channel)
    },
    async close() {
      inspector.close()
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
