import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openPage, type PageHandle, samplePerTest } from '../support/weapp'

// Its own file: the app launches once per file, and single-page mode is decided at launch.
const ARTICLE = 'pages/article/index'
const ME = 'pages/me/index'
const MOMENTS = 1154
const HINT = '前往小程序使用完整服务'

/** Every open-type a rendered button of the page carries. */
const openTypes = (page: PageHandle) =>
  Array.from(page.element.querySelectorAll('wx-button')).map((button) => page.attribute(button, 'open-type'))

describe('single-page mode, opened from Moments (compiled weapp)', () => {
  const sample = samplePerTest()

  test('the article reads without login; 收藏 says 前往小程序使用完整服务 and calls nothing', async () => {
    // WeChat gives the cloud no OPENID here, whatever the reader's account.
    const page = await openPage(ARTICLE, {
      scene: MOMENTS,
      backend: sample.backend,
      openid: 'reader-openid-1',
      query: { id: sample.article.id },
    })
    await page.waitForClass('reading-bar__favorite')
    await page.settle()
    expect(page.texts('article-header__title')).toEqual([sample.article.title])

    await page.tap('reading-bar__favorite')
    await page.settle()
    expect(page.wx.of('showToast').map((call) => call.options.title)).toEqual([HINT])
    expect(page.apiCalls().map((call) => call.data.action)).toEqual(['articles.get'])
    expect(page.hasText('登录后收藏文章')).toBe(false)
    expect(openTypes(page)).not.toContain('getPhoneNumber')
    expect(page.texts('reading-bar__favorite')).toEqual(['收藏'])
  })

  test('opened alone from Moments: full article, a hint to the full app, and no way to navigate', async () => {
    const page = await openPage(ARTICLE, {
      scene: MOMENTS,
      backend: sample.backend,
      stackDepth: 1,
      query: { id: sample.article.id },
    })
    await page.waitForClass('article-body')
    await page.settle()

    expect(page.texts('article-header__title')).toEqual([sample.article.title])
    expect(page.find('article-footer__disclaimer')).toBeDefined()
    expect(page.texts('single-page-hint')).toEqual([expect.stringContaining('前往小程序')])
    // Nothing WeChat disables here: no 首页, no open-type buttons (客服 is reached by e-mail).
    expect(page.find('reading-bar__home')).toBeUndefined()
    expect(openTypes(page).filter(Boolean)).toEqual([])
    expect(page.texts('article-footer__contact')).toEqual(['复制邮箱'])

    // The bar stays, and what needs the full app says where it is: 转发, 海报, another article.
    expect(page.texts('reading-bar__item')).toEqual(['收藏', '转发', '海报', 'Aa字号', '留言'])
    const related = page.findAll('article-card')
    expect(related.length).toBeGreaterThan(0)
    for (const target of [page.find('reading-bar__share'), page.find('reading-bar__poster'), related[0]])
      await page.tap(target as Element)
    expect(page.wx.navigations).toEqual([])
    expect(page.wx.of('showToast').map((call) => call.options.title)).toEqual([HINT, HINT, HINT])

    // 字号 needs nothing from WeChat: it works here too.
    await page.tap('reading-bar__font')
    await page.waitForText('正文字号')
    await page.tap({ text: '大' })
    await page.waitForClass('article-body--large')
  })

  test('a wrong id in single-page mode says 文章不存在 without a 返回首页 it could not follow', async () => {
    const page = await openPage(ARTICLE, {
      scene: MOMENTS,
      backend: sample.backend,
      stackDepth: 1,
      query: { id: 'no-such-article' },
    })
    await page.waitForText('文章不存在')
    expect(page.findByText('返回首页')).toBeUndefined()
    expect(page.wx.navigations).toEqual([])
  })

  test('the page declares how its bar fits under Moments’ own (singlePage.navigationBarFit)', () => {
    const config = JSON.parse(readFileSync(join(__dirname, '../../dist/pages/article/index.json'), 'utf8'))
    expect(config.singlePage).toEqual({ navigationBarFit: 'squeezed' })
  })

  test('no login button anywhere: 我的 points to the full app instead', async () => {
    const page = await openPage(ME, { scene: MOMENTS, backend: sample.backend })
    await page.waitForText(HINT)
    expect(openTypes(page)).not.toContain('getPhoneNumber')
    expect(page.find('phone-login__button')).toBeUndefined()
  })
})
