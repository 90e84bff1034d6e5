/**
 * The CloudBase store on the stand-in, seeded to a size, and the actions the
 * cost model measures (DESIGN.md: cloud at scale). Shared by `npm run bench`
 * (scripts/bench/cloud-cost.ts) and the test that holds the costs equal
 * across sizes (tests/server/cloud-cost.test.ts).
 *
 * Seeding is direct: documents go into the stand-in as the store writes them
 * (an article cloned from one the store wrote, counters made by the store's
 * own counting plan), so that 100 000 articles and 1 000 000 visits take
 * seconds. The measured reader, articles and channels are fresh at every
 * size, so that an action costs the same whenever the store's cost does not
 * grow with the data.
 */
import type { Action, ApiResponse, Data, Payload } from '../../src/contract/api'
import type { Entry } from '../../src/contract/models'
import { posterChannelCode } from '../../server/core/channel-code'
import { encodeCursor } from '../../server/core/cursor'
import type { Context } from '../../server/core/context'
import type { QrCodeMaker } from '../../server/core/qrcode'
import { devContentCheck } from '../../server/dev/content-check'
import { devPhoneProvider } from '../../server/dev/phone'
import { dispatch } from '../../server/handlers'
import type { LinkImporter } from '../../server/import/link/services'
import { createCloudStore } from '../../server/store/cloudbase'
import { COLLECTIONS } from '../../server/store/cloudbase/collections'
import { wxServerSdkDriver, type Doc } from '../../server/store/cloudbase/driver'
import { dailyCounter } from '../../server/store/cloudbase/reads'
import {
  createStandInDatabase,
  type Cost,
  type StandInDatabase,
  type StandInOptions,
} from '../../server/store/cloudbase/stand-in/database'
import { declaredIndexes } from '../../server/store/cloudbase/stand-in/indexes'
import { countingPlan } from '../../server/store/read-counting'
import type { Store } from '../../server/store/types'

export interface WorldSize {
  articles: number
  visits: number
}

/** 10:00 in China: the day the scenario runs. */
export const SCENARIO_NOW = new Date('2026-11-27T02:00:00.000Z')
const DAY_MS = 86_400_000
/** The background visits spread over this many days up to today. */
const HISTORY_DAYS = 90
/** The background visits go to these first articles and channels; the measured ones are others. */
const HOT_ARTICLES = 20
const HOT_CHANNELS = 5
const CATEGORIES = ['news', 'market', 'policy']
export const ADMIN = 'bench-admin'

export const articleId = (n: number) => `a${String(n).padStart(6, '0')}`
/** Newest first, one every 17 minutes back from yesterday. */
const publishedAt = (n: number) => new Date(SCENARIO_NOW.getTime() - DAY_MS - n * 17 * 60_000).toISOString()
const categoryOf = (n: number) => CATEGORIES[n % CATEGORIES.length]

/** Codes are stored without drawing them: what a code costs the database is the point here. */
const stubQrCodes: QrCodeMaker = {
  localStandIn: true,
  make: async ({ code }) => `cloud://bench/qrcodes/${code}.png`,
  urlOf: async (file) => `https://bench.example/${encodeURIComponent(file)}`,
}

export interface CloudWorld {
  size: WorldSize
  db: StandInDatabase
  store: Store
  call<A extends Action>(action: A, payload: Payload<A>, openid?: string | null): Promise<Data<A>>
  dispatch(body: unknown, openid: string | null): Promise<ApiResponse>
}

async function seedArticles(db: StandInDatabase, store: Store, count: number) {
  for (const [position, id] of CATEGORIES.entries()) await store.upsertCategory({ id, name: `分类 ${position + 1}` })
  await store.upsertArticle({
    id: 'template',
    title: '阿克苏长绒棉采收进度过半，机采棉比例继续提高',
    summary: '新疆棉区采收进入高峰，轧花厂开足马力。',
    category: 'news',
    source: '梧桐台',
    publishedAt: '2026-11-01T00:00:00.000Z',
    blocks: [{ type: 'paragraph', spans: [{ text: '今年阿克苏地区棉花采收进度过半，机采棉比例继续提高。' }] }],
  })
  const [template] = db.dump(COLLECTIONS.articles)
  db.seed(
    COLLECTIONS.articles,
    Array.from({ length: count }, (_, n): Doc => ({
      ...template,
      _id: articleId(n),
      category: categoryOf(n),
      publishedAt: publishedAt(n),
      readCount: (n * 7919) % 5000,
    })),
  )
  await store.unpublishArticle('template')
}

/** Background visits by distinct visitors, each a read, with the counters the store would have raised for them. */
async function seedVisits(db: StandInDatabase, store: Store, count: number) {
  const channels = Array.from({ length: HOT_CHANNELS }, (_, n) => `hall${n}`)
  for (const [n, code] of channels.entries())
    await store.createChannel({
      code,
      name: `${n + 1} 号馆入口`,
      kind: 'event',
      page: 'pages/article/index',
      articleId: articleId(n),
      archived: false,
      qrFile: `cloud://bench/qrcodes/${code}.png`,
      createdAt: '2026-08-01T00:00:00.000Z',
    })
  const visits: Doc[] = []
  const counters = new Map<string, Doc>()
  const totals = new Map<string, { reads: number; readers: number }>()
  const others: Entry[] = ['chat', 'moments', 'oa', 'app']
  const add = (into: Record<string, unknown>, counts: Record<string, unknown>) => {
    for (const [field, value] of Object.entries(counts))
      if (typeof value === 'number') into[field] = ((into[field] as number | undefined) ?? 0) + value
      else add((into[field] ??= {}) as Record<string, unknown>, value as Record<string, unknown>)
  }
  for (let i = 0; i < count; i++) {
    const daysBack = Math.floor((i * HISTORY_DAYS) / count)
    const code = i % 3 === 0 ? channels[i % HOT_CHANNELS] : null
    const target = code ? articleId(channels.indexOf(code)) : articleId(i % HOT_ARTICLES)
    const visit = {
      openid: `visitor-${i}`,
      scene: code ? 1047 : 1007,
      entry: code ? ('qrcode' as const) : others[i % others.length],
      channel: code ? { code, kind: 'event' as const } : null,
      at: new Date(SCENARIO_NOW.getTime() - daysBack * DAY_MS).toISOString(),
    }
    visits.push({
      _id: `visit-${i}`,
      articleId: target,
      ...visit,
      channel: code,
      counted: true,
    })
    const plan = countingPlan(target, visit)
    const shared = plan.sharedBumps({ reader: true, channelReader: true })
    for (const bump of [...plan.articleBumps, ...shared.bumps]) {
      const { id, fields, counts } = dailyCounter(bump)
      const doc = counters.get(id) ?? ({ _id: id, ...fields } as Doc)
      add(doc, counts)
      counters.set(id, doc)
    }
    if (shared.channelTotals) {
      const total = totals.get(shared.channelTotals.code) ?? { reads: 0, readers: 0 }
      total.reads++
      total.readers += shared.channelTotals.readers
      totals.set(shared.channelTotals.code, total)
    }
  }
  db.seed(COLLECTIONS.visits, visits)
  db.seed(COLLECTIONS.dailyStats, [...counters.values()])
  const stored = new Map(db.dump(COLLECTIONS.channels).map((doc) => [doc._id, doc]))
  db.seed(
    COLLECTIONS.channels,
    [...totals].map(([code, total]) => ({ ...(stored.get(code) as Doc), ...total })),
  )
}

/** Import by link fetches from the web: the cost model measures the database only, so it is never called. */
const NO_IMPORTS: LinkImporter = {
  importLink: () => Promise.reject(new Error('the cost model does not import by link')),
}

/** The CloudBase store on a stand-in holding `size` articles and visits. */
export async function cloudWorld(size: WorldSize, options: StandInOptions = {}): Promise<CloudWorld> {
  const db = createStandInDatabase({ style: 'wx', indexes: declaredIndexes(), ...options })
  const store = createCloudStore(wxServerSdkDriver(db))
  await seedArticles(db, store, size.articles)
  await seedVisits(db, store, size.visits)
  const ctx = (openid: string | null): Context => ({
    store,
    openid,
    now: () => SCENARIO_NOW,
    admins: new Set([ADMIN]),
    phone: devPhoneProvider,
    qrcode: stubQrCodes,
    contentCheck: devContentCheck,
    importer: NO_IMPORTS,
  })
  const send = (body: unknown, openid: string | null) => dispatch(body, ctx(openid))
  return {
    size,
    db,
    store,
    dispatch: send,
    async call(action, payload, openid = null) {
      const answer = await send({ action, payload }, openid)
      if (!answer.ok) throw new Error(`${action} failed: ${answer.error.code} ${answer.error.message}`)
      return answer.data as never
    },
  }
}

export interface ActionCost extends Cost {
  /** The action, and which case of it. */
  action: string
}

const READER = 'bench-reader'
const SECOND_READER = 'bench-reader-2'
const SCANNER = 'bench-scanner'

/**
 * Every action of the contract the CloudBase store serves, once each, in an
 * order a reader and an operator would go (some several times: a first read
 * of the day and a repeated one cost differently). `measure` wraps each.
 */
export async function runScenario(
  world: CloudWorld,
  measure: (action: string, run: () => Promise<unknown>) => Promise<void>,
) {
  const { call } = world
  // The measured articles are cold: no background visit touched them.
  const [read, channelled, withdrawn] = [50, 51, 53].map(articleId)
  const edited = 52
  const middle = Math.floor(world.size.articles / 2)
  const cursor = encodeCursor({ at: publishedAt(middle), id: articleId(middle) })
  const codes: Record<string, string> = {}

  await measure('categories.list', () => call('categories.list', {}))
  await measure('articles.list: first page', () => call('articles.list', { pageSize: 10 }))
  await measure('articles.list: a category', () => call('articles.list', { category: 'market', pageSize: 10 }))
  await measure('articles.list: a page deep in the feed', () => call('articles.list', { cursor, pageSize: 10 }))
  await measure('articles.search', () => call('articles.search', { q: '长绒棉', pageSize: 10 }))
  await measure('me.get', () => call('me.get', {}, READER))
  await measure('auth.phoneLogin: first login', () => call('auth.phoneLogin', { code: 'dev-13800000001' }, READER))
  await measure('articles.get: first read of the day, new counters', () =>
    call('articles.get', { id: read, scene: 1007 }, READER),
  )
  await measure('articles.get: first read of the day', () =>
    call('articles.get', { id: read, scene: 1007 }, SECOND_READER),
  )
  await measure('articles.get: repeat open the same day', () => call('articles.get', { id: read, scene: 1007 }, READER))
  await measure('articles.get: without an openid', () => call('articles.get', { id: read, scene: 1154 }))
  await measure('admin.channels.create', async () => {
    codes.article = (
      await call('admin.channels.create', { name: '展位 A12', articleId: channelled }, ADMIN)
    ).channel.code
  })
  await measure('admin.channels.create: to the home list', async () => {
    codes.home = (await call('admin.channels.create', { name: '会刊广告' }, ADMIN)).channel.code
  })
  await measure('articles.get: through an event code, new counters', () =>
    call('articles.get', { channel: codes.article, scene: 1047 }, READER),
  )
  await measure('articles.get: through an event code', () =>
    call('articles.get', { channel: codes.article, scene: 1047 }, SECOND_READER),
  )
  await measure('channels.resolve: an article code', () =>
    call('channels.resolve', { scene: codes.article, enterScene: 1047 }, SCANNER),
  )
  await measure('channels.resolve: a home code', () =>
    call('channels.resolve', { scene: codes.home, enterScene: 1047 }, SCANNER),
  )
  await measure('articles.code: a new poster code', () => call('articles.code', { id: read }, READER))
  await measure('articles.code: an existing poster code', () => call('articles.code', { id: read }, SECOND_READER))
  await measure('articles.get: through a poster code', () =>
    call('articles.get', { channel: posterChannelCode(read), scene: 1011 }, SCANNER),
  )
  await measure('favorites.toggle: save', () => call('favorites.toggle', { articleId: read }, READER))
  await measure('favorites.toggle: un-save', () => call('favorites.toggle', { articleId: read }, READER))
  await call('favorites.toggle', { articleId: channelled }, READER)
  await measure('favorites.list', () => call('favorites.list', { pageSize: 10 }, READER))
  await call('auth.phoneLogin', { code: 'dev-13800000002' }, SECOND_READER)
  let comment = ''
  await measure('comments.add', async () => {
    comment = (await call('comments.add', { articleId: read, text: '长绒棉今年的品质怎么样？' }, READER)).comment.id
  })
  await measure('admin.comments.list: pending', () => call('admin.comments.list', { status: 'pending' }, ADMIN))
  await measure('admin.comments.moderate: select with a reply', () =>
    call('admin.comments.moderate', { id: comment, action: 'select', reply: '品质稳定，衣分略高。' }, ADMIN),
  )
  await measure('comments.like', () => call('comments.like', { id: comment }, SECOND_READER))
  await measure('comments.list', () => call('comments.list', { articleId: read, pageSize: 10 }, SECOND_READER))
  await measure('comments.report', () => call('comments.report', { id: comment, reason: '广告' }, SECOND_READER))
  await measure('comments.delete', () => call('comments.delete', { id: comment }, READER))
  await measure('admin.channels.list', () => call('admin.channels.list', { pageSize: 20 }, ADMIN))
  await measure('admin.channels.update', () =>
    call('admin.channels.update', { code: codes.article, name: '展位 A12（主入口）' }, ADMIN),
  )
  await measure('admin.channels.qrcode', () => call('admin.channels.qrcode', { code: codes.article }, ADMIN))
  await measure('admin.stats: the last 30 days', () => call('admin.stats', {}, ADMIN))
  await measure('admin.stats: a channel', () => call('admin.stats', { channel: codes.article }, ADMIN))
  await measure('admin.stats: an article over 366 days', () =>
    call('admin.stats', { articleId: read, from: '2025-11-27', to: '2026-11-27' }, ADMIN),
  )
  await measure('admin.articles.upsert', () =>
    call(
      'admin.articles.upsert',
      {
        article: {
          id: articleId(edited),
          title: '修订：阿克苏长绒棉采收进度过半',
          summary: '新疆棉区采收进入高峰。',
          category: categoryOf(edited),
          source: '梧桐台',
          publishedAt: publishedAt(edited),
          blocks: [{ type: 'paragraph', spans: [{ text: '修订后的正文。' }] }],
        },
      },
      ADMIN,
    ),
  )
  await measure('admin.articles.unpublish', () => call('admin.articles.unpublish', { id: withdrawn }, ADMIN))
  await measure('auth.logout', () => call('auth.logout', {}, READER))
  await measure('auth.phoneLogin: a returning reader', () =>
    call('auth.phoneLogin', { code: 'dev-13800000001' }, READER),
  )
  await measure('auth.deleteAccount', () => call('auth.deleteAccount', {}, READER))
}

/** What each action of the scenario cost the database, measured one action at a time. */
export async function scenarioCosts(world: CloudWorld): Promise<ActionCost[]> {
  const costs: ActionCost[] = []
  await runScenario(world, async (action, run) => {
    world.db.resetStats()
    await run()
    costs.push({ action, ...world.db.cost() })
  })
  return costs
}
