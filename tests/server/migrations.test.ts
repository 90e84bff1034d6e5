import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { posterChannelCode } from '../../server/core/channel-code'
import { dispatch } from '../../server/handlers'
import { createCloudStore } from '../../server/store/cloudbase'
import { COLLECTIONS } from '../../server/store/cloudbase/collections'
import { nodeSdkDriver, wxServerSdkDriver } from '../../server/store/cloudbase/driver'
import { migrateCloudStore } from '../../server/store/cloudbase/migrate'
import { createStandInDatabase } from '../../server/store/cloudbase/stand-in/database'
import { openSqliteStore } from '../../server/store/sqlite'
import type { Store } from '../../server/store/types'
import type { Action, Data, Payload } from '../../src/contract/api'
import { ADMIN, CATEGORIES, makeArticle, testContext, undrawnQrCodes } from '../support/backend'

/**
 * Data as the version before channel kinds and once-a-day reads wrote it: a
 * poster code among the channels, a reader's repeated opens, a poster scan
 * recorded as qrcode, a home code's scan, two opens without an openid.
 */
const POSTER = posterChannelCode('article-0002')
const LEGACY_CHANNELS = [
  { code: 'expo2025', name: '2025 纺博会', articleId: 'article-0001', createdAt: '2026-11-01T00:00:00.000Z' },
  { code: POSTER, name: '文章海报', articleId: 'article-0002', createdAt: '2026-11-02T00:00:00.000Z' },
  { code: 'hall2025', name: '会刊', articleId: null, createdAt: '2026-11-03T00:00:00.000Z' },
]
const LEGACY_VISITS = [
  ['article-0001', 'r1', 1047, 'qrcode', 'expo2025', '2026-11-20T02:00:00.000Z'],
  ['article-0001', 'r1', 1047, 'qrcode', 'expo2025', '2026-11-20T03:00:00.000Z'],
  ['article-0002', 'r2', 1047, 'qrcode', POSTER, '2026-11-20T04:00:00.000Z'],
  [null, 'r3', 1047, 'qrcode', 'hall2025', '2026-11-21T02:00:00.000Z'],
  ['article-0001', null, 1154, 'moments', null, '2026-11-21T03:00:00.000Z'],
  ['article-0001', null, 1154, 'moments', null, '2026-11-21T04:00:00.000Z'],
] as const
const ARTICLES = [makeArticle(1, { readCount: 42 }), makeArticle(2, { readCount: 7 })]

function asAdmin(store: Store) {
  return async <A extends Action>(action: A, payload: Payload<A>): Promise<Data<A>> => {
    const answer = await dispatch(
      { action, payload },
      testContext(store, tmpdir(), {
        openid: ADMIN,
        now: () => new Date('2026-11-27T02:00:00Z'),
        qrcode: undrawnQrCodes,
      }),
    )
    if (!answer.ok) throw new Error(`${action}: ${answer.error.message}`)
    return answer.data as Data<A>
  }
}

/** What an operator sees once the data is migrated; the same on every store. */
async function operatorsView(store: Store) {
  const call = asAdmin(store)
  return {
    channels: (await call('admin.channels.list', {})).items.map(({ code, kind, page, reads, readers }) => ({
      code,
      kind,
      page,
      reads,
      readers,
    })),
    poster: await store.findChannel(POSTER),
    stats: await call('admin.stats', { from: '2026-11-20', to: '2026-11-21' }),
    counts: (await store.listArticles({ limit: 10 })).map(({ id, readCount }) => ({ id, readCount })),
  }
}

const EXPECTED = {
  channels: [
    { code: 'hall2025', kind: 'event', page: 'pages/index/index', reads: 1, readers: 1 },
    { code: 'expo2025', kind: 'event', page: 'pages/article/index', reads: 1, readers: 1 },
  ],
  poster: expect.objectContaining({ kind: 'poster', page: 'pages/article/index', archived: false }),
  stats: {
    // r1's second open the same day is no read; the anonymous opens each are.
    reads: 5,
    readers: 3,
    byEntry: { chat: 0, qrcode: 2, poster: 1, moments: 2, oa: 0, app: 0, other: 0 },
    byChannel: [
      { channel: 'expo2025', name: '2025 纺博会', reads: 1, readers: 1 },
      { channel: 'hall2025', name: '会刊', reads: 1, readers: 1 },
    ],
    byDay: [
      { day: '2026-11-20', reads: 2, readers: 2 },
      { day: '2026-11-21', reads: 3, readers: 1 },
    ],
  },
  // Read counts already held every open: kept as they were.
  counts: [
    { id: 'article-0002', readCount: 7 },
    { id: 'article-0001', readCount: 42 },
  ],
}

describe('an SQLite file from before channel kinds', () => {
  it('is migrated when opened: kinds from the poster codes, counters rebuilt from the visits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wtt-migrate-'))
    const file = join(dir, 'old.db')
    const fresh = openSqliteStore(file)
    for (const category of CATEGORIES) await fresh.upsertCategory(category)
    for (const article of ARTICLES) await fresh.upsertArticle(article)
    await fresh.close()

    // Back to the tables of schema version 2.
    const raw = new Database(file)
    raw.exec(`
      DROP INDEX channels_list;
      DROP TABLE channels;
      CREATE TABLE channels (code TEXT PRIMARY KEY, name TEXT NOT NULL, article_id TEXT,
                             qr_file TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
    `)
    const channel = raw.prepare('INSERT INTO channels (code, name, article_id, created_at) VALUES (?, ?, ?, ?)')
    for (const { code, name, articleId, createdAt } of LEGACY_CHANNELS) channel.run(code, name, articleId, createdAt)
    const visit = raw.prepare(
      'INSERT INTO visits (article_id, openid, scene, entry, channel, at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    for (const row of LEGACY_VISITS) visit.run(...row)
    raw.pragma('user_version = 2')
    raw.close()

    const store = openSqliteStore(file)
    expect(await operatorsView(store)).toEqual(EXPECTED)
    await store.close()
    const after = new Database(file)
    expect(after.prepare('SELECT entry FROM visits WHERE channel = ?').all(POSTER)).toEqual([{ entry: 'poster' }])
    after.close()
    rmSync(dir, { recursive: true, force: true })
  })
})

describe.each([
  ['wx-server-sdk', wxServerSdkDriver, 'wx'],
  ['node-sdk', nodeSdkDriver, 'node'],
] as const)('a CloudBase database from before channel kinds (%s)', (_flavour, driverOf, style) => {
  async function legacyDatabase() {
    const db = createStandInDatabase({ style })
    const store = createCloudStore(driverOf(db))
    for (const category of CATEGORIES) await store.upsertCategory(category)
    for (const article of ARTICLES) await store.upsertArticle(article)
    db.seed(
      COLLECTIONS.channels,
      LEGACY_CHANNELS.map(({ code, name, articleId, createdAt }) => ({
        _id: code,
        name,
        articleId,
        qrFile: `cloud://env/qrcodes/${code}.png`,
        createdAt,
      })),
    )
    db.seed(
      COLLECTIONS.visits,
      LEGACY_VISITS.map(([articleId, openid, scene, entry, channel, at], i) => ({
        _id: `old-visit-${i}`,
        articleId,
        openid,
        scene,
        entry,
        channel,
        at,
      })),
    )
    return { db, store, driver: driverOf(db) }
  }

  it('reads old channels by their code at once, and lists them once `npm run migrate:cloud` has run', async () => {
    const { store, driver } = await legacyDatabase()
    expect(await store.findChannel(POSTER)).toMatchObject({ kind: 'poster' })
    expect(await store.findChannel('hall2025')).toMatchObject({ kind: 'event', page: 'pages/index/index' })

    expect(await migrateCloudStore(driver)).toEqual({ channels: 3, visits: 6, reads: 5 })
    expect(await operatorsView(store)).toEqual(EXPECTED)
  })

  it('counts nothing twice when run again, or over visits the new function counted itself', async () => {
    const { db, store, driver } = await legacyDatabase()
    await migrateCloudStore(driver)
    await asAdmin(store)('admin.channels.update', { code: 'expo2025', name: '2025 纺博会（A 馆）' })
    await asAdmin(store)('articles.get', { channel: 'expo2025', scene: 1047 })
    const before = Object.fromEntries(Object.values(COLLECTIONS).map((c) => [c, db.dump(c)]))

    expect(await migrateCloudStore(driver)).toEqual({ channels: 0, visits: 0, reads: 0 })
    expect(Object.fromEntries(Object.values(COLLECTIONS).map((c) => [c, db.dump(c)]))).toEqual(before)
  })
})
