import { RATE_LIMITS } from '../../server/core/rate-limit'
import { createTestBackend, makeArticle, STORE_KINDS, undrawnQrCodes, type TestBackend } from '../support/backend'

const ALICE = 'alice-openid'
const BOB = 'bob-openid'
const [favoritesPerMinute, favoritesPerDay] = RATE_LIMITS.favoriteToggle.rules.map((rule) => rule.limit)
const [codesPerMinute] = RATE_LIMITS.posterCode.rules.map((rule) => rule.limit)
const [anonymousCodesPerMinute] = RATE_LIMITS.anonymousPosterCode.rules.map((rule) => rule.limit)

describe.each(STORE_KINDS)('rate limits on %s', (kind) => {
  let backend: TestBackend
  let now: Date
  /** Alice and Bob signed in; on the CloudBase kinds, `jitterMs` lets concurrent requests complete in any order. */
  async function open(jitterMs = 0) {
    now = new Date('2026-11-27T02:00:00Z')
    backend = await createTestBackend({
      kind,
      articles: [makeArticle(1), makeArticle(2)],
      now: () => now,
      jitterMs,
      qrcode: undrawnQrCodes,
    })
    for (const [openid, phone] of [
      [ALICE, '13800000001'],
      [BOB, '13800000002'],
    ])
      await backend.data('auth.phoneLogin', { code: `dev-${phone}` }, openid)
  }
  beforeEach(() => open())
  afterEach(() => backend.close())

  const toggle = (openid = ALICE) => backend.call('favorites.toggle', { articleId: 'article-0001' }, openid)
  const limited = { ok: false, error: { code: 'RATE_LIMITED', message: '收藏操作太频繁，请稍后再试' } }

  it('refuses a reader’s favorites past the minute’s limit, for that reader only, until the next minute', async () => {
    for (let i = 0; i < favoritesPerMinute; i++) expect((await toggle()).ok).toBe(true)
    expect(await toggle()).toEqual(limited)
    expect((await toggle(BOB)).ok).toBe(true)
    now = new Date(now.getTime() + 60_000)
    expect((await toggle()).ok).toBe(true)
  })

  it('refuses past the day’s limit until the next China day', async () => {
    for (let i = 0; i < favoritesPerDay; i++) {
      if (i % favoritesPerMinute === 0) now = new Date(now.getTime() + 60_000)
      expect((await toggle()).ok).toBe(true)
    }
    now = new Date(now.getTime() + 60_000)
    expect(await toggle()).toEqual(limited)
    now = new Date('2026-11-27T16:00:00Z') // midnight in China
    expect((await toggle()).ok).toBe(true)
  }, 30_000) // a day's worth of calls, one after another

  it('lets exactly the limit through when a script fires at once', async () => {
    await backend.close()
    await open(4)
    const answers = await Promise.all(Array.from({ length: favoritesPerMinute + 10 }, () => toggle()))
    expect(answers.filter((answer) => answer.ok)).toHaveLength(favoritesPerMinute)
    expect(answers.filter((answer) => !answer.ok)).toEqual(Array(10).fill(limited))
  })

  it('limits poster codes per reader, and callers without an openid together', async () => {
    const code = (openid: string | null) => backend.call('articles.code', { id: 'article-0001' }, openid)
    for (let i = 0; i < codesPerMinute; i++) expect((await code(ALICE)).ok).toBe(true)
    expect(await code(ALICE)).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '生成海报太频繁，请稍后再试' },
    })
    expect((await code(BOB)).ok).toBe(true)
    for (let i = 0; i < anonymousCodesPerMinute; i++) expect((await code(null)).ok).toBe(true)
    expect(await code(null)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
  })

  it('never limits reading, and keeps no openid in its counters', async () => {
    for (let i = 0; i < 200; i++)
      expect((await backend.call('articles.get', { id: 'article-0002' }, ALICE)).ok).toBe(true)
    await toggle()
    const { quotas } = backend.snapshot() as Record<string, unknown>
    expect(JSON.stringify(quotas)).toMatch(/favorite-minute/)
    expect(JSON.stringify(quotas)).not.toContain(ALICE)
  })
})
