import type { ArticleSummary } from '../../src/contract/models'
import { createCloudBackend, openPage, type CloudBackend, type PageHandle } from '../support/weapp'

// Its own file: the app launches once per file, and single-page mode is decided at launch.
const ARTICLE = 'pages/article/index'
const ME = 'pages/me/index'
const MOMENTS = 1154
const HINT = '前往小程序使用完整服务'

/** Every open-type a rendered button of the page carries. */
const openTypes = (page: PageHandle) =>
  Array.from(page.element.querySelectorAll('wx-button')).map((button) => page.attribute(button, 'open-type'))

describe('single-page mode, opened from Moments (compiled weapp)', () => {
  let backend: CloudBackend
  let article: ArticleSummary
  beforeEach(async () => {
    backend = await createCloudBackend()
    ;[article] = await backend.articles()
  })
  afterEach(() => backend.close())

  test('the article reads without login; 收藏 says 前往小程序使用完整服务 and calls nothing', async () => {
    // WeChat gives the cloud no OPENID here, whatever the reader's account.
    const page = await openPage(ARTICLE, {
      scene: MOMENTS,
      backend,
      openid: 'reader-openid-1',
      query: { id: article.id },
    })
    await page.waitForClass('favorite-button')
    await page.settle()
    expect(page.texts('article-header__title')).toEqual([article.title])

    await page.tap('favorite-button')
    await page.settle()
    expect(page.wx.of('showToast').map((call) => call.options.title)).toEqual([HINT])
    expect(page.apiCalls().map((call) => call.data.action)).toEqual(['articles.get'])
    expect(page.hasText('登录后收藏文章')).toBe(false)
    expect(openTypes(page)).not.toContain('getPhoneNumber')
    expect(page.texts('favorite-button__label')).toEqual(['收藏'])
  })

  test('no login button anywhere: 我的 points to the full app instead', async () => {
    const page = await openPage(ME, { scene: MOMENTS, backend })
    await page.waitForText(HINT)
    expect(openTypes(page)).not.toContain('getPhoneNumber')
    expect(page.find('phone-login__button')).toBeUndefined()
  })
})
