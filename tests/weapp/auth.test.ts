import { answerOf, createCloudBackend, openPage, type CloudBackend, type PageHandle } from '../support/weapp'
import { session } from '../support/weapp/runtime'

const ME = 'pages/me/index'
const READER = 'reader-openid-1'
const MOBILE = '13812345678'
const MASKED = '138****5678'

/** The one-tap login button, once 我的 has found the reader logged out. */
async function loginButton(page: PageHandle): Promise<Element> {
  const [button] = await page.waitForClass('phone-login__button')
  return button
}

const meOnBackend = (backend: CloudBackend, openid = READER) =>
  backend.dispatch({ action: 'me.get', payload: {} }, openid)

async function signInOnBackend(backend: CloudBackend, openid = READER) {
  const answer = await backend.dispatch({ action: 'auth.phoneLogin', payload: { code: `dev-${MOBILE}` } }, openid)
  if (!answer.ok) throw new Error(`could not sign ${openid} in: ${answer.error.message}`)
}

const toasts = (page: PageHandle) => page.wx.of('showToast').map((call) => call.options.title)

describe('我的: phone-number login (compiled weapp)', () => {
  test('logged out, 我的 asks me.get once and offers one native getPhoneNumber button, no form', async () => {
    const page = await openPage(ME, { openid: READER })
    const button = await loginButton(page)
    await page.settle()

    expect(page.apiCalls().map((call) => call.data)).toEqual([{ action: 'me.get', payload: {} }])
    expect(button.tagName.toLowerCase()).toBe('wx-button')
    expect(page.attribute(button, 'open-type')).toBe('getPhoneNumber')
    expect(page.element.querySelectorAll('wx-input')).toHaveLength(0)
    expect(page.hasText('退出登录')).toBe(false)
    expect(page.texts('menu-cell__title')).toEqual(['我的收藏', '阅读历史', '隐私政策'])
  })

  test('a guest’s 我的收藏 asks for a login where they are, then opens the list', async () => {
    const page = await openPage(ME, { openid: READER })
    await loginButton(page)
    await page.settle()
    await page.tap({ text: '我的收藏' })
    await page.waitForText('登录后查看收藏')
    expect(page.wx.navigations).toEqual([])

    const [, sheetButton] = page.findAll('phone-login__button')
    await page.trigger(sheetButton, 'getphonenumber', { errMsg: 'getPhoneNumber:ok', code: `dev-${MOBILE}` })
    await page.waitFor(() => page.wx.navigations.length > 0, { message: 'the list never opened' })
    expect(page.wx.navigations).toEqual([
      expect.objectContaining({ api: 'navigateTo', url: '/packages/reader/favorites/index', ok: true }),
    ])
    await page.waitFor(() => !page.hasText('登录后查看收藏'), { message: 'the sheet stayed open' })
    expect(page.texts('account-card__phone')).toEqual([MASKED])
  })

  test('a phone code goes to auth.phoneLogin, and 我的 then shows the masked number and the reader entries', async () => {
    const page = await openPage(ME, { openid: READER })
    await page.trigger(await loginButton(page), 'getphonenumber', {
      errMsg: 'getPhoneNumber:ok',
      code: `dev-${MOBILE}`,
    })
    await page.waitForText(MASKED)
    await page.settle()

    const logins = page.apiCalls('auth.phoneLogin')
    expect(logins.map((call) => call.data)).toEqual([{ action: 'auth.phoneLogin', payload: { code: `dev-${MOBILE}` } }])
    expect(answerOf(logins[0]).user.phoneMasked).toBe(MASKED)
    expect(page.texts('account-card__phone')).toEqual([MASKED])
    expect(page.text()).not.toContain(MOBILE)
    expect(page.texts('menu-cell__title')).toEqual(['我的收藏', '阅读历史', '隐私政策', '退出登录', '注销账号'])
    expect(page.find('phone-login__button')).toBeUndefined()
    expect(toasts(page)).toContain('登录成功')
    expect(await meOnBackend(page.backend)).toEqual({
      ok: true,
      data: { user: expect.objectContaining({ phoneMasked: MASKED }), isAdmin: false },
    })
  })

  test('a refusal (fail, no code) calls nothing and says so kindly; the button stays', async () => {
    const page = await openPage(ME, { openid: READER })
    await page.trigger(await loginButton(page), 'getphonenumber', { errMsg: 'getPhoneNumber:fail user deny' })
    await page.settle()

    expect(page.apiCalls().map((call) => call.data.action)).toEqual(['me.get'])
    expect(toasts(page)).toEqual(['未获得手机号授权，你仍可继续阅读'])
    expect(page.find('phone-login__button')).toBeDefined()
    expect(page.hasText('手机号快捷登录')).toBe(true)
  })

  test.each([
    ['an expired or reused code (40029)', 'wechat-error-40029', 'INVALID_ARGUMENT'],
    ['WeChat over quota (45011)', 'wechat-error-45011', 'RATE_LIMITED'],
    ['WeChat busy (-1)', 'wechat-error--1', 'UPSTREAM'],
  ])('%s shows the backend’s message and a way to try again, which then works', async (_label, code, errorCode) => {
    // The function logs WeChat's failure for operators; that log is not under test here.
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const page = await openPage(ME, { openid: READER })
    await page.trigger(await loginButton(page), 'getphonenumber', { errMsg: 'getPhoneNumber:ok', code })
    await page.waitForClass('phone-login__error')

    const [failed] = page.apiCalls('auth.phoneLogin')
    expect(failed.result).toEqual({ ok: false, error: { code: errorCode, message: expect.any(String) } })
    const message = failed.result && !failed.result.ok ? failed.result.error.message : ''
    expect(message).toMatch(/[\u4e00-\u9fa5]/)
    expect(page.texts('phone-login__error')).toEqual([message])
    expect(page.texts('phone-login__button')).toEqual(['重新授权登录'])

    // A new tap brings a new code.
    await page.trigger(await loginButton(page), 'getphonenumber', {
      errMsg: 'getPhoneNumber:ok',
      code: `dev-${MOBILE}`,
    })
    await page.waitForText(MASKED)
    expect(page.find('phone-login__error')).toBeUndefined()
    expect(page.apiCalls('auth.phoneLogin')).toHaveLength(2)
    log.mockRestore()
  })
})

describe('我的: the signed-in reader (compiled weapp)', () => {
  let backend: CloudBackend
  beforeEach(async () => {
    backend = await createCloudBackend()
    await signInOnBackend(backend)
  })
  afterEach(() => backend.close())

  test('a returning reader sees their masked number from me.get, asked again each time 我的 shows', async () => {
    const page = await openPage(ME, { openid: READER, backend })
    await page.waitForText(MASKED)
    expect(page.apiCalls().map((call) => call.data.action)).toEqual(['me.get'])

    page.instance.onShow?.()
    await page.settle()
    expect(page.apiCalls().map((call) => call.data.action)).toEqual(['me.get', 'me.get'])
  })

  test('退出登录, once confirmed, signs out on the server and shows the login button again', async () => {
    const page = await openPage(ME, { openid: READER, backend })
    await page.waitForText(MASKED)
    await page.tap({ text: '退出登录' })
    await loginButton(page)
    await page.settle()

    expect(page.wx.of('showModal')).toHaveLength(1)
    expect(page.apiCalls('auth.logout')).toHaveLength(1)
    expect(page.hasText(MASKED)).toBe(false)
    expect(await meOnBackend(backend)).toEqual({ ok: true, data: { user: null, isAdmin: false } })
  })

  test('注销账号 names what is deleted, and once confirmed deletes the user, their favorites, and what the phone kept of their reading', async () => {
    const [article] = await backend.articles()
    await backend.dispatch({ action: 'favorites.toggle', payload: { articleId: article.id } }, READER)
    // What reading an article leaves on the phone: its place in 阅读历史, and the article kept for offline.
    const reader = await openPage('pages/article/index', { openid: READER, backend, query: { id: article.id } })
    await reader.waitForClass('article-header__title')
    await reader.settle()
    const kept = () => [...session.storage.keys()].filter((key) => /^wtt:(reading-history|cache:)/.test(key))
    expect(kept()).toEqual(expect.arrayContaining(['wtt:reading-history', `wtt:cache:article:${article.id}`]))

    const page = await openPage(ME, { openid: READER, backend, storage: 'keep' })
    await page.waitForText(MASKED)
    await page.tap({ text: '注销账号' })
    await loginButton(page)
    await page.settle()

    const [modal] = page.wx.of('showModal')
    expect(modal.options.title).toBe('注销账号')
    for (const named of ['手机号', '收藏', '阅读历史', '缓存的文章'])
      expect(modal.options.content).toEqual(expect.stringContaining(named))
    expect(page.apiCalls('auth.deleteAccount')).toHaveLength(1)
    expect(kept()).toEqual([])
    expect(toasts(page)).toContain('账号已注销')
    expect(await meOnBackend(backend)).toEqual({ ok: true, data: { user: null, isAdmin: false } })
    // Logging in again is a new account: nothing saved survives the deletion.
    await signInOnBackend(backend)
    expect(await backend.dispatch({ action: 'favorites.list', payload: {} }, READER)).toEqual({
      ok: true,
      data: { items: [], nextCursor: null },
    })
  })

  test('注销账号 cancelled in the confirmation deletes nothing', async () => {
    const page = await openPage(ME, { openid: READER, backend })
    await page.waitForText(MASKED)
    page.answerModals(false)
    await page.tap({ text: '注销账号' })
    await page.settle()

    expect(page.wx.of('showModal')).toHaveLength(1)
    expect(page.apiCalls('auth.deleteAccount')).toHaveLength(0)
    expect(page.texts('account-card__phone')).toEqual([MASKED])
    expect(await meOnBackend(backend)).toEqual({
      ok: true,
      data: { user: expect.objectContaining({ phoneMasked: MASKED }), isAdmin: false },
    })
  })
})
