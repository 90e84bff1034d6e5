import type { ApiResponse } from '../../src/contract/api'
import { ADMIN, createTestBackend, makeArticle, STORE_KINDS, type TestBackend } from '../support/backend'

const READER = 'reader-openid'
const PHONE = '13812345678'

/** Every answer of this suite, to prove that no full phone number ever leaves the server. */
const answers: ApiResponse[] = []

describe.each(STORE_KINDS)('phone login and the reader’s account on %s', (kind) => {
  let backend: TestBackend
  beforeEach(async () => {
    backend = await createTestBackend({ kind, articles: [makeArticle(1), makeArticle(2)] })
  })
  afterEach(() => backend.close())

  const call = async (action: string, payload: unknown, openid: string | null = READER) => {
    const answer = await backend.call(action as never, payload, openid)
    answers.push(answer)
    return answer
  }

  it('logs a reader in with a phone code, masks the number, and 我的 shows them', async () => {
    expect(await call('me.get', {})).toEqual({ ok: true, data: { user: null, isAdmin: false } })
    const login = await call('auth.phoneLogin', { code: `dev-${PHONE}` })
    expect(login).toEqual({
      ok: true,
      data: { user: { phoneMasked: '138****5678', createdAt: '2026-11-27T10:00:00.000Z' } },
    })
    expect(await call('me.get', {})).toEqual({
      ok: true,
      data: { user: { phoneMasked: '138****5678', createdAt: '2026-11-27T10:00:00.000Z' }, isAdmin: false },
    })
  })

  it('keeps the first visit’s scene and channel on the reader when they first log in', async () => {
    await backend.addChannel({ code: 'expo26', name: '2026 柯桥纺博会', articleId: 'article-0002' })
    await call('articles.get', { channel: 'expo26', scene: 1047 })
    await call('articles.get', { id: 'article-0001', scene: 1007 })
    await call('auth.phoneLogin', { code: `dev-${PHONE}` })
    expect(await backend.store.findUser(READER)).toMatchObject({
      phone: PHONE,
      firstScene: 1047,
      firstEntry: 'qrcode',
      firstChannel: 'expo26',
    })
  })

  it('updates the number on a later login and keeps the account’s creation date', async () => {
    await call('auth.phoneLogin', { code: `dev-${PHONE}` })
    const later = await call('auth.phoneLogin', { code: 'dev-13900001111' })
    expect(later).toMatchObject({ ok: true, data: { user: { phoneMasked: '139****1111' } } })
    expect(await backend.store.findUser(READER)).toMatchObject({
      phone: '13900001111',
      createdAt: '2026-11-27T10:00:00.000Z',
    })
  })

  it.each([
    ['an expired or reused code (40029)', 'wechat-error-40029', 'INVALID_ARGUMENT'],
    ['WeChat over quota (45011)', 'wechat-error-45011', 'RATE_LIMITED'],
    ['WeChat busy (-1)', 'wechat-error--1', 'UPSTREAM'],
    ['any other WeChat failure', 'wechat-error-40001', 'UPSTREAM'],
  ])('answers %s with %s and a Chinese message, and creates no user', async (_label, code, expected) => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const answer = await call('auth.phoneLogin', { code })
    expect(answer).toEqual({ ok: false, error: { code: expected, message: expect.stringMatching(/[\u4e00-\u9fff]/) } })
    // The detail is logged for the operator, not answered to the reader.
    expect(JSON.stringify(answer)).not.toMatch(/errCode|getPhoneNumber|\d{5}/)
    expect(spy).toHaveBeenCalled()
    spy.mockRestore()
    expect(await backend.store.findUser(READER)).toBeNull()
  })

  it('needs WeChat’s identity: single-page mode (no openid) cannot log in', async () => {
    expect(await call('auth.phoneLogin', { code: `dev-${PHONE}` }, null)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '请前往小程序使用完整服务' },
    })
  })

  it('signs the reader out on the server: favorites then need a new login', async () => {
    await call('auth.phoneLogin', { code: `dev-${PHONE}` })
    await call('favorites.toggle', { articleId: 'article-0001' })
    expect(await call('auth.logout', {})).toEqual({ ok: true, data: {} })
    expect(await call('me.get', {})).toEqual({ ok: true, data: { user: null, isAdmin: false } })
    expect(await call('favorites.toggle', { articleId: 'article-0002' })).toMatchObject({
      error: { code: 'UNAUTHENTICATED' },
    })
    expect(await call('favorites.list', {})).toMatchObject({ error: { code: 'UNAUTHENTICATED' } })
    expect(await call('articles.get', { id: 'article-0001' })).toMatchObject({ data: { favorited: false } })

    await call('auth.phoneLogin', { code: `dev-${PHONE}` })
    expect(await call('articles.get', { id: 'article-0001' })).toMatchObject({ data: { favorited: true } })
  })

  it('deletes the account: user and favorites gone, visits kept without the openid', async () => {
    await call('auth.phoneLogin', { code: `dev-${PHONE}` })
    await call('articles.get', { id: 'article-0001', scene: 1007 })
    await call('favorites.toggle', { articleId: 'article-0001' })
    expect(await call('auth.deleteAccount', {})).toEqual({ ok: true, data: {} })

    expect(await backend.store.findUser(READER)).toBeNull()
    expect(await backend.store.isFavorite(READER, 'article-0001')).toBe(false)
    const visits = backend.visits().filter((visit) => visit.articleId === 'article-0001')
    expect(visits).toEqual([expect.objectContaining({ openid: null, entry: 'chat' })])
    expect(JSON.stringify(backend.snapshot())).not.toContain(READER)
  })

  it('refuses to delete an account that is not signed in', async () => {
    expect(await call('auth.deleteAccount', {})).toMatchObject({ error: { code: 'UNAUTHENTICATED' } })
  })

  it('tells admins from readers', async () => {
    expect(await call('me.get', {}, ADMIN)).toEqual({ ok: true, data: { user: null, isAdmin: true } })
  })
})

afterAll(() => {
  // The number was answered masked in every case above, and never whole.
  expect(answers.length).toBeGreaterThan(30)
  const everything = JSON.stringify(answers)
  expect(everything).toContain('138****5678')
  expect(everything).not.toMatch(/1[3-9]\d{9}/)
})
