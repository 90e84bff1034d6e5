import { fixture } from '../server/import/helpers'
import { pageFixture, sendFile, sendHtml, startWebServer, type WebServer } from '../server/import/web'
import { hostAndBrowser, operatorsUrl } from '../support/e2e'

const ADMIN = 'e2e-admin'
const TITLE = '柯桥秋冬订货季：功能面料走俏，小单快反成常态'

describe('运营后台 · 导入 in the browser (h5 build on the local host)', () => {
  /** mp.weixin.qq.com and mmbiz.qpic.cn, as two servers on this machine that the host may fetch from. */
  let wechat: WebServer
  let cdn: WebServer

  beforeAll(async () => {
    ;[wechat, cdn] = await Promise.all([startWebServer(), startWebServer()])
    // Published just now, so that it leads the 资讯 list.
    const justNow = String(Math.floor(Date.now() / 1000))
    wechat.route(
      '/s/keqiao-autumn',
      sendHtml(() =>
        pageFixture('article.html', { page: wechat.origin, images: cdn.origin }).replace(
          /var ct = "\d+"/,
          `var ct = "${justNow}"`,
        ),
      ),
    )
    cdn.route('/mmbiz_jpg/keqiao-market/640', sendFile(fixture('web', 'keqiao-market.jpg'), 'image/jpeg'))
    cdn.route('/mmbiz_png/fabric-rolls/640', sendFile(fixture('web', 'fabric-rolls.png'), 'image/png'))
    cdn.route('/mmbiz_jpg/keqiao-cover/0', sendFile(fixture('web', 'cashmere-dehairing.jpg'), 'image/jpeg'))
  })
  afterAll(() => Promise.all([wechat, cdn].map((server) => server?.close())))
  // Started once the servers above are: the host may fetch from them.
  const e2e = hostAndBrowser(() => ({ WTT_ADMIN_OPENIDS: ADMIN, WTT_IMPORT_HOSTS: `${wechat.host},${cdn.host}` }))

  it('a pasted link becomes an article of the 资讯 list whose images the host serves, after the source is gone too', async () => {
    const page = await e2e.browse({ openid: ADMIN })
    await page.goto(operatorsUrl(e2e.host))
    await page.getByText('导入', { exact: true }).click()
    await page.locator('.import-link__input input').fill(`${wechat.origin}/s/keqiao-autumn?scene=27#rd`)
    await page.locator('.import-link__submit').click()
    await page.getByText('正在抓取文章和图片', { exact: false }).waitFor()
    await page.locator('.import-link__title', { hasText: TITLE }).waitFor()
    expect(await page.locator('.import-link__warning').allInnerTexts()).toEqual([
      '链接 javascript:; 不是 http(s) 网址，只保留文字',
    ])
    expect(cdn.requests.length).toBeGreaterThan(0)

    // The source goes away: nothing of the article may depend on it now.
    await Promise.all([wechat.close(), cdn.close()])

    await page.goto(e2e.host.url)
    const card = page.locator('.article-card', { hasText: TITLE }).first()
    await card.waitFor()
    expect((await page.locator('.article-card__title').first().innerText()).trim()).toBe(TITLE)
    await card.click()
    await page.locator('.article-header__title', { hasText: TITLE }).waitFor()
    // Each picture of the body, scrolled to (they load lazily), is drawn from the host's own /media/.
    const images = page.locator('.article-body__image img')
    await images.first().waitFor()
    const count = await images.count()
    expect(count).toBeGreaterThan(0)
    for (let i = 0; i < count; i++) {
      const image = images.nth(i)
      await image.scrollIntoViewIfNeeded()
      await page.waitForFunction(
        (element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth > 0,
        await image.elementHandle(),
      )
      const src = await image.evaluate((element: HTMLImageElement) => element.currentSrc)
      expect(src.startsWith(`${e2e.host.url}/media/`)).toBe(true)
    }
  })
})
