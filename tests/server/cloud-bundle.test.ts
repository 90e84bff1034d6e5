import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Metafile } from 'esbuild'
import type { ApiResponse } from '../../src/contract/api'
import { buildCloudFunction, devOnlyInputs } from '../../scripts/cloud-function'
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
const mockMsgSecCheck = jest.fn()
// Virtual: the bundle is built in a temporary folder, where no node_modules resolves it.
jest.mock(
  'wx-server-sdk',
  () => ({
    DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
    init: jest.fn(),
    database: () => mockDatabase,
    getWXContext: () => ({ OPENID: mockWeChat.openid, APPID: 'wx-test' }),
    openapi: { security: { msgSecCheck: mockMsgSecCheck } },
  }),
  { virtual: true },
)

describe('the api cloud function bundle', () => {
  let metafile: Metafile
  let main: (event: unknown, context?: unknown) => Promise<ApiResponse>
  const store = createCloudStore(wxServerSdkDriver(mockDatabase))
  // Built where nothing else looks: cloudfunctions/api/ is what a developer uploads.
  const outDir = mkdtempSync(join(tmpdir(), 'wtt-cloud-'))

  beforeAll(async () => {
    metafile = await buildCloudFunction(outDir)
    await store.upsertCategory({ id: 'news', name: '资讯' })
    await store.upsertArticle(makeArticle(1, { category: 'news' }))
    await store.upsertArticle(makeArticle(2, { category: 'news' }))
    process.env.WTT_ADMIN_OPENIDS = 'boss-openid'
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    main = require(join(outDir, 'index.js')).main
  })
  afterAll(() => rmSync(outDir, { recursive: true, force: true }))

  it('is built from no local-host code, SQLite, fastify or test stand-in, and stays within 150 KB', () => {
    const inputs = Object.keys(metafile.inputs)
    expect(inputs).toContain('server/functions/api/index.ts')
    expect(inputs.filter((path) => path.startsWith('server/handlers/')).length).toBeGreaterThan(0)
    expect(devOnlyInputs(metafile)).toEqual([])
    expect(statSync(join(outDir, 'index.js')).size).toBeLessThanOrEqual(150 * 1024)
  })

  it('knows dev-only code when an input is some', () => {
    const input = { bytes: 1, imports: [] }
    const inputs = Object.fromEntries(
      [
        'server/handlers/index.ts',
        'server/dev/phone.ts',
        'server/store/sqlite/index.ts',
        'tests/support/cloud-db.ts',
        'node_modules/fastify/fastify.js',
        'node_modules/better-sqlite3/lib/index.js',
        '../../shared/node_modules/@fastify/static/index.js',
      ].map((path) => [path, input]),
    )
    expect(devOnlyInputs({ inputs, outputs: {} })).toEqual(Object.keys(inputs).slice(1))
  })

  it('ships wx-server-sdk as its only dependency and declares its open-API permissions', () => {
    const pkg = JSON.parse(readFileSync(join(outDir, 'package.json'), 'utf8'))
    expect(Object.keys(pkg.dependencies)).toEqual(['wx-server-sdk'])
    expect(pkg.dependencies['wx-server-sdk']).toMatch(/^~?4\./)
    const config = JSON.parse(readFileSync(join(outDir, 'config.json'), 'utf8'))
    expect(config.permissions.openapi.sort()).toEqual([
      'phonenumber.getPhoneNumber',
      'security.msgSecCheck',
      'wxacode.getUnlimited',
    ])
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

  it('checks a comment with msgSecCheck version 2 (the writer, scene 2) and follows its verdict', async () => {
    await store.saveUser({
      openid: 'writer-openid',
      phone: '13912345678',
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      signedIn: true,
      firstScene: null,
      firstEntry: null,
      firstChannel: null,
    })
    mockWeChat.openid = 'writer-openid'
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const write = (text: string) => main({ action: 'comments.add', payload: { articleId: 'article-0002', text } })
    const verdict = (suggest: string) => ({ errCode: 0, errMsg: 'ok', result: { suggest, label: 100 }, detail: [] })

    mockMsgSecCheck.mockResolvedValueOnce(verdict('pass'))
    expect(await write('  新疆棉  今年 ')).toMatchObject({ ok: true, data: { comment: { state: 'pending' } } })
    expect(mockMsgSecCheck).toHaveBeenLastCalledWith({
      openid: 'writer-openid',
      scene: 2,
      version: 2,
      content: '新疆棉 今年',
    })
    mockMsgSecCheck.mockResolvedValueOnce(verdict('review'))
    expect(await write('拿不准')).toMatchObject({ ok: true, data: { comment: { state: 'review' } } })

    const stored = mockDatabase.dump('comments').length
    mockMsgSecCheck.mockResolvedValueOnce(verdict('risky'))
    expect(await write('不宜发布')).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    mockMsgSecCheck.mockRejectedValueOnce({ errCode: -1, errMsg: 'system busy' })
    expect(await write('繁忙时')).toMatchObject({ ok: false, error: { code: 'UPSTREAM' } })
    mockMsgSecCheck.mockResolvedValueOnce({ errCode: 0, errMsg: 'ok' })
    expect(await write('没有结论')).toMatchObject({ ok: false, error: { code: 'UPSTREAM' } })
    expect(mockDatabase.dump('comments')).toHaveLength(stored)
    quiet.mockRestore()
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
