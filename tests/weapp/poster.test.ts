import { posterChannelCode } from '../../server/core/channel-code'
import { PAGES } from '../../src/contract/rules'
import { posterUrl } from '../../src/utils/articleLinks'
import { makeArticle } from '../support/backend'
import { answerOf, openPage, type OpenPageOptions, type PageHandle, type RecordingCanvas } from '../support/weapp'

const ROUTE = PAGES.poster.slice(1)

/** Long enough to take two lines of the title and of the summary, with punctuation to break around. */
const ARTICLE = makeArticle(7, {
  title: '阿克苏新棉上市：机采率突破九成，轧花厂满负荷运转',
  summary: '今年阿克苏地区机采棉比例继续提高，多家轧花厂满负荷运转，纺纱企业订单同比明显增加。',
  source: '中国纺织报',
})

/** What a hand-made link would like the poster to say. */
const FORGED = {
  title: '梧桐台宣布：全场棉纱一律五折',
  summary: '即日起扫码领取补贴',
  source: '梧桐台官方',
  cover: '/media/forged.jpg',
}

/** The poster's text styles (src/utils/posterLayout.ts, 600 units wide). */
const STYLE = {
  title: 'bold 40px sans-serif',
  summary: '28px sans-serif',
  small: '24px sans-serif',
  brand: 'bold 34px sans-serif',
}

const queryOf = (url: string) => Object.fromEntries(new URLSearchParams(url.split('?')[1]))

function open(query: Record<string, string>, options: OpenPageOptions = {}) {
  return openPage(ROUTE, { query, stackDepth: 2, backendOptions: { articles: [ARTICLE] }, ...options })
}

/** The one canvas the page drew on. */
function canvasOf(page: PageHandle): RecordingCanvas {
  const { canvases } = page.wx.canvas
  expect(canvases).toHaveLength(1)
  return canvases[0]
}

const linesIn = (canvas: RecordingCanvas, font: string) =>
  canvas
    .texts()
    .filter((text) => text.font === font)
    .map((text) => text.text)

/** Waits for the exported picture on screen: the drawn state. */
async function drawn(page: PageHandle) {
  await page.waitForText('保存到相册')
  const [exported] = page.wx.canvas.exports
  const picture = page.find('poster__frame')
  expect(picture && page.attribute(picture, 'src')).toBe(exported.tempFilePath)
  return { canvas: canvasOf(page), picture: exported.tempFilePath }
}

test('生成海报 on the article opens the poster page with the article’s id and nothing else', async () => {
  const page = await openPage(PAGES.article.slice(1), {
    query: { id: ARTICLE.id },
    stackDepth: 2,
    backendOptions: { articles: [ARTICLE] },
  })
  await page.waitForClass('reading-bar__poster')
  await page.tap('reading-bar__poster')
  expect(page.wx.navigations.map(({ api, path, query, ok }) => ({ api, path, query, ok }))).toEqual([
    { api: 'navigateTo', path: PAGES.poster, query: { id: ARTICLE.id }, ok: true },
  ])
})

describe('share poster page (compiled weapp)', () => {
  test('draws the article from its one articles.code answer, never from what the URL says', async () => {
    const page = await open({ ...queryOf(posterUrl(ARTICLE.id)), ...FORGED })
    const { canvas } = await drawn(page)

    expect(page.apiCalls().map((call) => call.data)).toEqual([
      { action: 'articles.code', payload: { id: ARTICLE.id, envVersion: 'develop' } },
    ])
    const { article, url } = answerOf(page.apiCalls('articles.code')[0])

    // Title and summary as lines, from the answer, all of them.
    const title = linesIn(canvas, STYLE.title)
    const summary = linesIn(canvas, STYLE.summary)
    expect(title.length).toBeGreaterThan(1)
    expect(title.join('')).toBe(article.title)
    expect(summary.length).toBeGreaterThan(1)
    expect(summary.join('')).toBe(article.summary)
    expect(linesIn(canvas, STYLE.small)).toContain(`来源：${article.source}`)

    // The brand, the code in the bottom-right corner, and the cover across the top.
    expect(canvas.texts().filter((text) => text.font === STYLE.brand)).toEqual([
      expect.objectContaining({ text: '梧桐台', fillStyle: '#2f6b4f' }),
    ])
    expect(linesIn(canvas, STYLE.small)).toContain('长按识别小程序码，阅读全文')
    const code = canvas.images().find((image) => image.src === url)
    expect(code).toMatchObject({ width: 150, height: 150 })
    expect(code && code.x + code.width).toBe(600 - 40)
    expect(code && code.y + code.height).toBe(1000 - 40)
    expect(canvas.images().find((image) => image.src === article.cover)).toMatchObject({ x: 0, y: 0, width: 600 })

    // Nothing of the forged query anywhere on the poster.
    const everything = canvas
      .texts()
      .map((text) => text.text)
      .join('\n')
    for (const forged of [FORGED.title, FORGED.summary, FORGED.source]) expect(everything).not.toContain(forged)
    expect(canvas.images().map((image) => image.src)).not.toContain(FORGED.cover)
  })

  test('saves and shares the drawn picture without asking the backend again', async () => {
    const page = await open(queryOf(posterUrl(ARTICLE.id)))
    const { picture } = await drawn(page)

    await page.tap({ text: '保存到相册' })
    await page.waitFor(() => page.wx.of('showToast').some((call) => call.options.title === '已保存到相册'))
    expect(page.wx.of('saveImageToPhotosAlbum').map((call) => call.options)).toEqual([{ filePath: picture }])

    await page.tap({ text: '分享' })
    await page.waitFor(() => page.wx.of('showShareImageMenu').length > 0)
    expect(page.wx.of('showShareImageMenu')[0].options).toEqual({ path: picture })
    expect(page.apiCalls()).toHaveLength(1)
  })

  test('draws a placeholder with the brand where the code’s picture cannot be had', async () => {
    // The answer comes after the page is up, so that the picture can be made unreachable first.
    const page = await open(queryOf(posterUrl(ARTICLE.id)), {
      backendOptions: { articles: [ARTICLE], latencyMs: 200 },
    })
    page.wx.canvas.failingImages.add(`/media/qrcodes/${posterChannelCode(ARTICLE.id)}.png`)
    const { canvas } = await drawn(page)

    expect(canvas.images().map((image) => image.src)).toEqual([ARTICLE.cover])
    const texts = canvas.texts().map((text) => text.text)
    expect(texts).toEqual(expect.arrayContaining(['扫码阅读', '微信搜索「梧桐台」阅读全文']))
    expect(texts).not.toContain('长按识别小程序码，阅读全文')
  })

  test('an article that is gone says so, draws nothing, and leads back', async () => {
    const page = await open(queryOf(posterUrl('unpublished-or-never-was')))
    await page.waitForText('文章不存在或已下线')
    expect(page.apiCalls()).toHaveLength(1)
    expect(page.hasText('重试')).toBe(false)
    expect(page.wx.canvas.canvases.flatMap((canvas) => canvas.texts())).toEqual([])

    await page.tap({ text: '返回' })
    expect(page.wx.navigations.map(({ api, ok }) => ({ api, ok }))).toEqual([{ api: 'navigateBack', ok: true }])
  })

  test('a link without an article asks nothing and, opened from nowhere, leads home', async () => {
    const page = await open({ ...FORGED }, { stackDepth: 1 })
    await page.waitForText('海报链接不完整，请返回文章重新生成')
    await page.settle()
    expect(page.apiCalls()).toEqual([])

    await page.tap({ text: '返回首页' })
    expect(page.wx.navigations.map(({ api, path, ok }) => ({ api, path, ok }))).toEqual([
      { api: 'switchTab', path: PAGES.home, ok: true },
    ])
  })

  test('offline: says so with 重试, which asks once more and draws', async () => {
    const page = await open(queryOf(posterUrl(ARTICLE.id)), { offline: true })
    await page.waitForText('重试')
    expect(page.hasText('网络不给力')).toBe(true)
    expect(page.hasText('返回')).toBe(true)

    page.backend.goOnline()
    await page.tap({ text: '重试' })
    const { canvas } = await drawn(page)
    expect(page.apiCalls('articles.code')).toHaveLength(2)
    expect(linesIn(canvas, STYLE.title).join('')).toBe(ARTICLE.title)
  })
})
