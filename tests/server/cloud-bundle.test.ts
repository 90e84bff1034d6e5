import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Metafile } from 'esbuild'
import type { ApiResponse } from '../../src/contract/api'
import { buildCloudFunction, CLOUD_FUNCTION_DIR } from '../../scripts/cloud-function'
import { COLLECTIONS, createCloudStore } from '../../server/store/cloudbase'
import { wxServerSdkDriver } from '../../server/store/cloudbase/driver'
import database from '../../cloudbase/database.json'
import functionRules from '../../cloudbase/function-rules.json'
import { makeArticle } from '../support/backend'
import { createStandInDatabase } from '../support/cloud-db'

// The bundle's require('wx-server-sdk') gets this stand-in: its database is
// the in-memory one, and WeChat's context is whatever the test says.
const mockDatabase = createStandInDatabase({ style: 'wx' })
const mockWeChat = { openid: undefined as string | undefined }
jest.mock('wx-server-sdk', () => ({
  DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
  init: jest.fn(),
  database: () => mockDatabase,
  getWXContext: () => ({ OPENID: mockWeChat.openid, APPID: 'wx-test' }),
}))

describe('the api cloud function bundle', () => {
  let metafile: Metafile
  let main: (event: unknown, context?: unknown) => Promise<ApiResponse>

  beforeAll(async () => {
    metafile = await buildCloudFunction()
    const store = createCloudStore(wxServerSdkDriver(mockDatabase))
    await store.upsertCategory({ id: 'news', name: '资讯' })
    await store.upsertArticle(makeArticle(1, { category: 'news' }))
    await store.upsertArticle(makeArticle(2, { category: 'news' }))
    process.env.WTT_ADMIN_OPENIDS = 'boss-openid'
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    main = require(join(CLOUD_FUNCTION_DIR, 'index.js')).main
  })

  it('holds no local-host code, no SQLite and no dev phone provider, and stays within 150 KB', () => {
    const inputs = Object.keys(metafile.inputs)
    expect(
      inputs.filter((path) => /server\/dev\/|store\/sqlite|stand-in|better-sqlite3|fastify|playwright/.test(path)),
    ).toEqual([])
    const bundle = readFileSync(join(CLOUD_FUNCTION_DIR, 'index.js'), 'utf8')
    expect(bundle).not.toMatch(/better-sqlite3|x-wtt-openid|dev-phone|devPhone/)
    expect(Buffer.byteLength(bundle)).toBeLessThanOrEqual(150 * 1024)
  })

  it('ships wx-server-sdk as its only dependency and declares its open-API permissions', () => {
    const pkg = JSON.parse(readFileSync(join(CLOUD_FUNCTION_DIR, 'package.json'), 'utf8'))
    expect(Object.keys(pkg.dependencies)).toEqual(['wx-server-sdk'])
    expect(pkg.dependencies['wx-server-sdk']).toMatch(/^~?4\./)
    const config = JSON.parse(readFileSync(join(CLOUD_FUNCTION_DIR, 'config.json'), 'utf8'))
    expect(config.permissions.openapi.sort()).toEqual(['phonenumber.getPhoneNumber', 'wxacode.getUnlimited'])
    // Its settings as code: CloudBase's 3 s default would cut a cold start short.
    expect(config).toMatchObject({ timeout: 60, memorySize: 256 })
  })

  it('answers actions from the CloudBase store', async () => {
    mockWeChat.openid = 'reader-openid'
    const answer = await main({ action: 'articles.list', payload: {}, userInfo: { openId: 'reader-openid' } }, {})
    expect(answer).toMatchObject({ ok: true, data: { items: [{ id: 'article-0002' }, { id: 'article-0001' }] } })
  })

  it('takes the caller from WeChat’s context, never from the request', async () => {
    mockWeChat.openid = 'reader-openid'
    await main({ action: 'articles.get', payload: { id: 'article-0001', scene: 1007 }, openid: 'boss-openid' })
    expect(mockDatabase.dump('visits').at(-1)).toMatchObject({ openid: 'reader-openid', entry: 'chat' })
    const forged = await main({
      action: 'admin.articles.unpublish',
      payload: { id: 'article-0001' },
      openid: 'boss-openid',
    })
    expect(forged).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

    mockWeChat.openid = 'boss-openid'
    expect(await main({ action: 'admin.articles.unpublish', payload: { id: 'article-0001' } })).toEqual({
      ok: true,
      data: {},
    })
  })

  it('lets single-page mode (no OPENID) read, as an anonymous reader', async () => {
    mockWeChat.openid = undefined
    const answer = await main({ action: 'articles.get', payload: { id: 'article-0002', scene: 1154 } })
    expect(answer).toMatchObject({ ok: true, data: { article: { id: 'article-0002' } } })
    expect(mockDatabase.dump('visits').at(-1)).toMatchObject({ openid: null, entry: 'moments' })
  })

  it('answers a malformed event with INVALID_ARGUMENT instead of throwing', async () => {
    expect(await main(undefined)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(await main({ action: 'articles.get', payload: { id: { $gt: '' } } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    })
  })
})

describe('the database as code (cloudbase/)', () => {
  it('declares every collection the CloudBase store uses, readable by all only where meant', () => {
    expect(Object.keys(database.collections).sort()).toEqual(Object.values(COLLECTIONS).sort())
    const publicRead = Object.entries(database.collections)
      .filter(([, collection]) => (collection.rule as { read: unknown }).read !== false)
      .map(([name]) => name)
    expect(publicRead.sort()).toEqual(['articles', 'categories'])
    expect(database.collections.articles.rule).toEqual({ read: 'doc.published == true', write: false })
  })

  it('lets single-page mode invoke api without a login, and nothing else', () => {
    expect(functionRules).toEqual({ '*': { invoke: 'auth != null' }, api: { invoke: true } })
  })
})
