import * as fc from 'fast-check'
import type { Action, ErrorCode } from '../../src/contract/api'
import { ADMIN, createTestBackend, makeArticle, STORE_KINDS, type TestBackend } from '../support/backend'

const CONTRACT_CODES: ErrorCode[] = [
  'INVALID_ARGUMENT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'UPSTREAM',
  'INTERNAL',
]

const ACTIONS: Action[] = [
  'categories.list',
  'articles.list',
  'articles.get',
  'articles.search',
  'auth.phoneLogin',
  'me.get',
  'auth.logout',
  'auth.deleteAccount',
  'favorites.toggle',
  'favorites.list',
  'admin.articles.upsert',
  'admin.articles.unpublish',
  'channels.resolve',
  'admin.channels.list',
  'admin.channels.update',
  'admin.channels.qrcode',
  'admin.stats',
]

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.constantFrom(
    "'; DROP TABLE articles; --",
    '{"$gt": ""}',
    '__proto__',
    'constructor',
    '\u0000',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    'a'.repeat(10_000),
    '',
    'article-0001',
    'dev-13812345678',
    'wechat-error-40029',
  ),
)
const hostileValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ $gt: '' }, { $ne: null }, [1, 2, 3], { toString: 'x' }),
  fc.anything({ maxDepth: 3 }),
)
const fields = [
  'id',
  'articleId',
  'code',
  'channel',
  'category',
  'cursor',
  'pageSize',
  'scene',
  'withCategories',
  'article',
  'q',
  'name',
  'archived',
  'favorited',
  'from',
  'to',
  '__proto__',
]
const payloadArb = fc.oneof(
  fc.dictionary(fc.constantFrom(...fields), hostileValue, { maxKeys: 5 }),
  fc.anything({ maxDepth: 4 }),
)
const callerArb = fc.constantFrom<string | null>(null, 'reader-1', ADMIN)

describe.each(STORE_KINDS)('random and hostile payloads on %s', (kind) => {
  let backend: TestBackend
  let quiet: jest.SpyInstance
  beforeAll(async () => {
    backend = await createTestBackend({ kind, articles: [makeArticle(1), makeArticle(2), makeArticle(3)] })
    // Refused phone codes are logged for the operator; here there are hundreds.
    quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterAll(async () => {
    quiet.mockRestore()
    await backend.close()
  })

  it.each(ACTIONS)('%s answers only the contract, never throws, and a refusal writes nothing', async (action) => {
    await fc.assert(
      fc.asyncProperty(payloadArb, callerArb, async (payload, openid) => {
        const before = backend.snapshot()
        const answer = await backend.call(action, payload, openid)
        if (answer.ok) return
        expect(CONTRACT_CODES).toContain(answer.error.code)
        expect(answer.error.code).not.toBe('INTERNAL')
        expect(answer.error.message).toMatch(/[\u4e00-\u9fff]/)
        expect(backend.snapshot()).toEqual(before)
      }),
      { numRuns: 150 },
    )
  })

  it('answers any body whatsoever with the contract envelope', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.anything(), fc.record({ action: hostileValue, payload: hostileValue })),
        async (body) => {
          const before = backend.snapshot()
          const answer = await backend.dispatch(body)
          expect(answer).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.any(String) } })
          expect(backend.snapshot()).toEqual(before)
        },
      ),
      { numRuns: 200 },
    )
  })
})
