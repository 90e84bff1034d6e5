/**
 * The article page's reading bar and what ends an article, in the compiled
 * weapp: 收藏, 转发 (a native share button), 海报, 字号 (and 首页 on a page
 * opened alone); tags, 原文链接 and 约 N 分钟读完; 联系客服 as WeChat's
 * contact button; a link tap copies it (链接已复制); a picture tap previews
 * every picture of the article.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import postcss from 'postcss'
import { loadSeed } from '../../server/dev/seed'
import { posterUrl } from '../../src/utils/articleLinks'
import { DIST, openPage, type PageHandle, samplePerTest } from '../support/weapp'

const ARTICLE = 'pages/article/index'
const { articles } = loadSeed()
const LONG = articles.find((article) => article.id === 'textile-industry-annual-review-2026')
const REPOST = articles.find((article) => article.id === 'airjet-loom-energy-saving')
if (!LONG || !REPOST?.sourceUrl || !REPOST.tags?.length)
  throw new Error('the sample articles changed: pick others here')

const sample = samplePerTest()

async function openArticle(id: string, stackDepth = 2): Promise<PageHandle> {
  const page = await openPage(ARTICLE, { backend: sample.backend, query: { id }, scene: 1007, stackDepth })
  await page.waitForClass('article-footer')
  await page.settle()
  return page
}

const toasts = (page: PageHandle) => page.wx.of('showToast').map((call) => call.options.title)

describe('the reading bar (compiled weapp)', () => {
  test('收藏, 转发 as WeChat’s share button, 海报, 字号; 首页 only on a page opened alone', async () => {
    const page = await openArticle(REPOST.id)
    expect(page.texts('reading-bar__item')).toEqual(['收藏', '转发', '海报', 'Aa字号', '留言'])
    const share = page.find('reading-bar__share') as Element
    expect(share.tagName.toLowerCase()).toBe('wx-button')
    expect(page.attribute(share, 'open-type')).toBe('share')
    // What WeChat asks the page for when that button is tapped: this article's card.
    expect(page.shareAppMessage({ from: 'button' })).toEqual(
      expect.objectContaining({ title: REPOST.title, path: `/pages/article/index?id=${REPOST.id}` }),
    )

    const alone = await openArticle(REPOST.id, 1)
    expect(alone.texts('reading-bar__item')).toEqual(['首页', '收藏', '转发', '海报', 'Aa字号', '留言'])
  })

  test('海报 opens the poster page for this article; 字号 a sheet whose choice applies at once and closes it', async () => {
    const page = await openArticle(REPOST.id)
    await page.tap('reading-bar__poster')
    await page.waitFor(() => page.wx.navigations.length > 0, { message: 'no navigation' })
    // The poster page is told the article's id only: it asks articles.code for what it draws.
    expect(page.wx.navigations).toEqual([
      expect.objectContaining({ api: 'navigateTo', url: posterUrl(REPOST.id), ok: true }),
    ])

    await page.tap('reading-bar__font')
    await page.waitForText('正文字号')
    expect(page.texts('font-size-picker__option--active')).toEqual(['标准'])
    await page.tap({ text: '特大' })
    await page.waitForClass('article-body--xlarge')
    await page.waitFor(() => !page.hasText('正文字号'), { message: 'the sheet stayed open' })
    expect(page.apiCalls()).toHaveLength(1)
  })

  test('the bar is fixed inside the safe area, and the page ends with room as tall as the bar', async () => {
    const page = await openArticle(REPOST.id)
    // The room is the last thing of the page, after 相关阅读.
    const room = page.find('reading-bar-room') as Element
    const related = page.find('article-page__related') as Element
    expect(related.compareDocumentPosition(room) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()

    // As WeChat gets them: the bar fixed at the bottom above the home indicator, the room as tall.
    const rules: Record<string, Record<string, string>> = {}
    postcss.parse(readFileSync(join(DIST, 'pages/article/index.wxss'), 'utf8')).walkRules((rule) => {
      rules[rule.selector] = {}
      rule.walkDecls((decl) => void (rules[rule.selector][decl.prop] = decl.value))
    })
    expect(rules['.reading-bar']).toMatchObject({
      position: 'fixed',
      bottom: '0',
      height: '52PX',
      'padding-bottom': 'env(safe-area-inset-bottom)',
    })
    expect(rules['.reading-bar-room']).toEqual({ height: 'calc(52PX + env(safe-area-inset-bottom))' })
  })
})

describe('what ends an article (compiled weapp)', () => {
  test('a repost shows its tags, 原文链接 (a tap copies it: 链接已复制) and 约 N 分钟读完', async () => {
    const page = await openArticle(REPOST.id)
    expect(page.texts('article-footer__tag')).toEqual((REPOST.tags ?? []).map((tag) => `#${tag}`))
    expect(page.texts('article-header__minutes')).toEqual([expect.stringMatching(/^约 \d+ 分钟读完$/)])
    expect(page.texts('article-footer__original')[0]).toContain(REPOST.sourceUrl)

    await page.tap('article-footer__original')
    await page.settle()
    expect(page.wx.of('setClipboardData').map((call) => call.options.data)).toEqual([REPOST.sourceUrl])
    expect(toasts(page)).toEqual(['链接已复制'])
  })

  test('the 免责声明 offers 联系客服: WeChat’s contact button', async () => {
    const page = await openArticle(REPOST.id)
    const [contact] = page.findAll('article-footer__contact')
    expect(contact.tagName.toLowerCase()).toBe('wx-button')
    expect(page.attribute(contact, 'open-type')).toBe('contact')
    expect(page.texts('article-footer__contact')).toEqual(['联系客服'])
    expect(page.texts('article-footer__disclaimer')[0]).toContain('在线客服')
  })

  test('a link in the text is copied, and the reader told 链接已复制', async () => {
    const page = await openArticle(LONG.id)
    const link = LONG.blocks.flatMap((block) =>
      block.type === 'paragraph' ? block.spans.filter((span) => span.href) : [],
    )[0]
    if (!link?.href) throw new Error('the long sample article has no link')
    await page.tap(page.findByText(link.text) as Element)
    await page.settle()
    expect(page.wx.of('setClipboardData').map((call) => call.options.data)).toEqual([link.href])
    expect(toasts(page)).toEqual(['链接已复制'])
    expect(page.wx.navigations).toEqual([])
  })

  test('a picture opens WeChat’s preview of every picture of the article, at the one tapped', async () => {
    const page = await openArticle(LONG.id)
    const urls = LONG.blocks.flatMap((block) => (block.type === 'image' ? [block.src] : []))
    expect(urls.length).toBeGreaterThan(10)
    await page.tap(page.findAll('article-body__image')[3])
    await page.settle()
    expect(page.wx.of('previewImage').map((call) => call.options)).toEqual([{ current: urls[3], urls }])
  })
})
