import { type CloudBackend, openPage, type PageHandle, samplePerTest } from '../support/weapp'

const ARTICLE = 'pages/article/index'
const ME = 'pages/me/index'
const READER = 'reader-openid-1'
const MOBILE = '13812345678'

const savedIds = async (backend: CloudBackend) => {
  const { items } = await backend.callAs(READER, 'favorites.list', {})
  return items.map((item) => item.id)
}

async function openArticle(backend: CloudBackend, id: string): Promise<PageHandle> {
  const page = await openPage(ARTICLE, { openid: READER, backend, query: { id }, scene: 1007, storage: 'keep' })
  await page.waitForClass('reading-bar__favorite')
  // An article read before paints from the device at once: wait for the answer, which says what is saved now.
  await page.waitFor(() => page.apiCalls('articles.get').some((answered) => answered.settled), { message: 'no answer' })
  await page.settle()
  return page
}

const label = (page: PageHandle) => page.texts('reading-bar__favorite')[0]
const toasts = (page: PageHandle) => page.wx.of('showToast').map((entry) => entry.options.title)

describe('收藏 on the detail page (compiled weapp)', () => {
  const sample = samplePerTest()

  test('its state comes from articles.get: a saved article opens as 已收藏 with exactly one api call', async () => {
    await sample.backend.callAs(READER, 'auth.phoneLogin', { code: `dev-${MOBILE}` })
    await sample.backend.callAs(READER, 'favorites.toggle', { articleId: sample.article.id })

    const page = await openArticle(sample.backend, sample.article.id)
    await page.settle()
    expect(label(page)).toBe('已收藏')
    expect(page.apiCalls().map((entry) => entry.data.action)).toEqual(['articles.get'])
  })

  test('a signed-in reader toggles it with favorites.toggle, both ways', async () => {
    await sample.backend.callAs(READER, 'auth.phoneLogin', { code: `dev-${MOBILE}` })
    const page = await openArticle(sample.backend, sample.article.id)
    await page.settle()
    expect(label(page)).toBe('收藏')

    await page.tap('reading-bar__favorite')
    await page.waitFor(() => label(page) === '已收藏', { message: 'not saved' })
    // The state wanted, not a bare toggle: a retried call cannot undo it.
    expect(page.apiCalls('favorites.toggle').map((entry) => entry.data.payload)).toEqual([
      { articleId: sample.article.id, favorited: true },
    ])
    expect(await savedIds(sample.backend)).toEqual([sample.article.id])
    expect(toasts(page)).toContain('已收藏')

    await page.tap('reading-bar__favorite')
    await page.waitFor(() => label(page) === '收藏', { message: 'not un-saved' })
    expect(page.apiCalls('favorites.toggle').at(-1)?.data.payload).toEqual({
      articleId: sample.article.id,
      favorited: false,
    })
    expect(await savedIds(sample.backend)).toEqual([])
  })

  test('a guest (我的 found them logged out) is asked to log in, calls nothing, and the save completes after login', async () => {
    const me = await openPage(ME, { openid: READER, backend: sample.backend })
    await me.waitForClass('phone-login__button')

    const page = await openArticle(sample.backend, sample.article.id)
    await page.settle()
    await page.tap('reading-bar__favorite')
    await page.waitForText('登录后收藏文章')
    expect(page.apiCalls().map((entry) => entry.data.action)).toEqual(['articles.get'])

    const button = page.find('phone-login__button') as Element
    expect(page.attribute(button, 'open-type')).toBe('getPhoneNumber')
    await page.trigger(button, 'getphonenumber', { errMsg: 'getPhoneNumber:ok', code: `dev-${MOBILE}` })
    await page.waitFor(() => label(page) === '已收藏', { message: 'the save never completed' })
    await page.settle()

    expect(page.hasText('登录后收藏文章')).toBe(false)
    const actions = page.apiCalls().map((entry) => entry.data.action)
    expect(actions.slice(0, 2)).toEqual(['articles.get', 'auth.phoneLogin'])
    // The save, once; and the comments again, as the reader now signed in sees them.
    expect(actions.slice(2).sort()).toEqual(['comments.list', 'favorites.toggle'])
    expect(await savedIds(sample.backend)).toEqual([sample.article.id])
  })

  test('after a logout, logging in from the sheet saves the article even if it was saved before the logout', async () => {
    await sample.backend.callAs(READER, 'auth.phoneLogin', { code: `dev-${MOBILE}` })
    await sample.backend.callAs(READER, 'favorites.toggle', { articleId: sample.article.id })
    await sample.backend.callAs(READER, 'auth.logout', {})

    const page = await openArticle(sample.backend, sample.article.id)
    await page.settle()
    // Logged out: articles.get reports it unsaved, and 收藏 needs a login again.
    expect(label(page)).toBe('收藏')
    await page.tap('reading-bar__favorite')
    await page.waitForText('登录后收藏文章')
    await page.trigger('phone-login__button', 'getphonenumber', {
      errMsg: 'getPhoneNumber:ok',
      code: `dev-${MOBILE}`,
    })
    await page.waitFor(() => label(page) === '已收藏', { message: 'the save never completed' })
    await page.settle()
    expect(await savedIds(sample.backend)).toEqual([sample.article.id])
  })

  test('暂不登录 closes the sheet and leaves the article unsaved', async () => {
    const me = await openPage(ME, { openid: READER, backend: sample.backend })
    await me.waitForClass('phone-login__button')
    const page = await openArticle(sample.backend, sample.article.id)
    await page.tap('reading-bar__favorite')
    await page.waitForText('登录后收藏文章')
    await page.tap({ text: '暂不登录' })
    await page.waitFor(() => !page.hasText('登录后收藏文章'), { message: 'the sheet stayed open' })
    expect(label(page)).toBe('收藏')
    expect(page.apiCalls().map((entry) => entry.data.action)).toEqual(['articles.get'])
  })
})
