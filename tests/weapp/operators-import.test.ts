import type { Data } from '../../src/contract/api'
import type { ImageBlock } from '../../src/contract/models'
import { ADMIN } from '../support/backend'
import { answerOf, createCloudBackend, openPage, type CloudBackend, type PageHandle } from '../support/weapp'
import { fixture } from '../server/import/helpers'
import { pageFixture, sendFile, sendHtml, startWebServer, type WebServer } from '../server/import/web'

const TITLE = '柯桥秋冬订货季：功能面料走俏，小单快反成常态'

/** mp.weixin.qq.com and mmbiz.qpic.cn, as two servers on this machine. */
let wechat: WebServer
let cdn: WebServer
beforeAll(async () => {
  ;[wechat, cdn] = await Promise.all([startWebServer(), startWebServer()])
  const page = (name: string) => sendHtml(() => pageFixture(name, { page: wechat.origin, images: cdn.origin }))
  wechat.route('/s/keqiao-autumn', page('article.html'))
  wechat.route('/s/images', page('images.html'))
  wechat.route('/s/deleted', page('deleted.html'))
  const image = (name: string, type: string) => sendFile(fixture('web', name), type)
  cdn.route('/mmbiz_jpg/keqiao-market/640', image('keqiao-market.jpg', 'image/jpeg'))
  cdn.route('/mmbiz_png/fabric-rolls/640', image('fabric-rolls.png', 'image/png'))
  cdn.route('/mmbiz_jpg/keqiao-cover/0', image('cashmere-dehairing.jpg', 'image/jpeg'))
  cdn.route('/not-an-image/640', image('not-an-image.jpg', 'image/jpeg'))
})
afterAll(() => Promise.all([wechat, cdn].map((server) => server.close())))

let backend: CloudBackend
beforeEach(async () => {
  backend = await createCloudBackend({ importHosts: [wechat.host, cdn.host] })
})
afterEach(() => backend.close())

async function openImport(): Promise<PageHandle> {
  const page = await openPage('packages/admin/index', { backend, openid: ADMIN, stackDepth: 2 })
  await page.waitForText('渠道')
  await page.tap({ text: '导入' })
  await page.waitForClass('import-link__input')
  return page
}

async function paste(page: PageHandle, url: string) {
  await page.trigger('import-link__input', 'input', { value: url, cursor: url.length })
  await page.tap('import-link__submit')
}

describe('运营后台 · 导入公众号文章 (compiled weapp)', () => {
  test('a pasted link is imported on the server: the wait is said, then the title, and 查看文章 opens it', async () => {
    const page = await openImport()
    backend.latencyMs = 300
    await paste(page, `  ${wechat.origin}/s/keqiao-autumn?scene=27#rd `)
    await page.waitForText('正在抓取文章和图片')
    expect(page.texts('import-link__submit')).toEqual(['正在导入'])
    await page.settle()
    await page.waitFor(() => page.find('import-link__result'), { message: 'no result' })

    const [call] = page.apiCalls('admin.articles.importUrl')
    expect(call.data.payload).toEqual({ url: `${wechat.origin}/s/keqiao-autumn?scene=27#rd` })
    const { id, title, warnings } = answerOf(call)
    expect(title).toBe(TITLE)
    // The page's mini-program link (javascript:;) is no web link: its words stay, and the importer says so.
    expect(warnings).toEqual(['链接 javascript:; 不是 http(s) 网址，只保留文字'])
    expect(page.texts('import-link__title')).toEqual([TITLE])
    expect(page.texts('import-link__warning')).toEqual(warnings)
    expect(page.hasText('正在抓取')).toBe(false)

    // The article is published with its images stored by the backend, not hot-linked.
    const stored = await backend.dispatch({ action: 'articles.get', payload: { id } }, 'reader-1')
    if (!stored.ok) throw new Error(stored.error.message)
    const { article } = stored.data as Data<'articles.get'>
    const images = article.blocks.filter((block): block is ImageBlock => block.type === 'image')
    expect(images.length).toBeGreaterThan(0)
    for (const { src } of images) expect(src).toMatch(/^\/media\/[0-9a-f]{20}\.(jpg|png)$/)
    expect((await backend.articles()).map((summary) => summary.title)).toContain(TITLE)

    await page.tap({ text: '查看文章' })
    expect(page.wx.navigations).toEqual([
      expect.objectContaining({ api: 'navigateTo', path: '/pages/article/index', query: { id }, ok: true }),
    ])
  })

  test('images that cannot be had are left out, and the warnings say which', async () => {
    const page = await openImport()
    await paste(page, `${wechat.origin}/s/images`)
    await page.settle()
    await page.waitFor(() => page.find('import-link__result'), { message: 'no result' })

    const { warnings } = answerOf(page.apiCalls('admin.articles.importUrl')[0])
    expect(warnings.length).toBeGreaterThan(0)
    expect(page.texts('import-link__warning')).toEqual(warnings)
    expect(page.hasText(`导入时有 ${warnings.length} 条提示`)).toBe(true)
  })

  test('a deleted article is refused in the server’s words, nothing is written, and 重试 asks again', async () => {
    const before = (await backend.articles()).length
    const page = await openImport()
    await paste(page, `${wechat.origin}/s/deleted`)
    await page.settle()
    await page.waitForClass('import-link__error')

    const [call] = page.apiCalls('admin.articles.importUrl')
    expect(call.result).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.any(String) } })
    const message = call.result?.ok === false ? call.result.error.message : ''
    expect(message).toMatch(/[\u4e00-\u9fff]/)
    expect(page.texts('import-link__error-text')).toEqual([message])
    expect(await backend.articles()).toHaveLength(before)

    await page.tap({ text: '重试' })
    await page.settle()
    expect(page.apiCalls('admin.articles.importUrl')).toHaveLength(2)
    expect(page.apiCalls('admin.articles.importUrl')[1].data.payload).toEqual({ url: `${wechat.origin}/s/deleted` })
  })

  test('what is not a link is said on the page, and nothing is sent', async () => {
    const page = await openImport()
    await paste(page, '柯桥秋冬订货季')
    await page.waitForClass('import-link__error')
    expect(page.texts('import-link__error-text')).toEqual(['请粘贴以 https:// 开头的公众号文章链接'])
    expect(page.apiCalls('admin.articles.importUrl')).toEqual([])
  })

  test('a host off the allow-list is refused by the server', async () => {
    const page = await openImport()
    await paste(page, 'https://example.org/s/keqiao-autumn')
    await page.settle()
    await page.waitForClass('import-link__error')
    const [call] = page.apiCalls('admin.articles.importUrl')
    expect(call.result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(page.find('import-link__result')).toBeUndefined()
  })
})
