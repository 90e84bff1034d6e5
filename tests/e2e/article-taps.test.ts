/**
 * Taps in an article, in the browser (h5 build on the local host): a link
 * is copied (a mini-program cannot open it) and the reader told 链接已复制;
 * 原文链接 the same; the disclaimer's e-mail is copied; a picture opens the
 * preview of every picture of the article, starting at the one tapped.
 */
import { loadSeed } from '../../server/dev/seed'
import { phoneBrowser } from '../support/e2e'

const { articles } = loadSeed()
/** The long sample article: links in its last paragraph, thirty-odd pictures. */
const LONG = articles.find((article) => article.id === 'textile-industry-annual-review-2026')
/** A repost: its 原文链接. */
const REPOST = articles.find((article) => article.id === 'airjet-loom-energy-saving')
if (!LONG || !REPOST) throw new Error('the sample articles changed: pick others here')

const images = LONG.blocks.flatMap((block) => (block.type === 'image' ? [block.src] : []))
const links = LONG.blocks.flatMap((block) =>
  block.type === 'paragraph' ? block.spans.flatMap((span) => (span.href ? [span] : [])) : [],
)

describe('taps in an article (h5 build on the local host)', () => {
  const browser = phoneBrowser()
  const shown = (selector: string) =>
    browser.page.locator('.taro_page').filter({ visible: true }).last().locator(selector)
  const toast = (text: string) => browser.page.locator('.taro__toast p', { hasText: text })
  /** What Taro's h5 clipboard last took (it keeps a copy in storage, as it cannot read the system's). */
  const clipboard = () =>
    browser.page.evaluate(() => (JSON.parse(localStorage.getItem('taro_clipboard') ?? '{}') as { data?: string }).data)
  const open = async (id: string) => {
    await browser.page.goto(`${browser.host.url}/#/pages/article/index?id=${id}`)
    await shown('.article-header__title').waitFor()
  }

  it('a link is copied and the reader told 链接已复制', async () => {
    expect(links.length).toBeGreaterThan(0)
    await open(LONG.id)
    const [link] = links
    await shown('.article-body__link').filter({ hasText: link.text }).click()
    await toast('链接已复制').waitFor()
    expect(await clipboard()).toBe(link.href)
  })

  it('原文链接 is copied the same way, and the disclaimer’s e-mail with 邮箱已复制', async () => {
    await open(REPOST.id)
    await shown('.article-footer__original').click()
    await toast('链接已复制').waitFor()
    expect(await clipboard()).toBe(REPOST.sourceUrl)

    await shown('.article-footer__contact').click()
    await toast('邮箱已复制').waitFor()
    expect(await clipboard()).toBe('service@wutongtai.cn')
  })

  it('a picture opens the preview of every picture of the article', async () => {
    expect(images.length).toBeGreaterThan(10)
    await open(LONG.id)
    await shown('.article-body__image').nth(2).click()
    const preview = browser.page.locator('.preview-image')
    await preview.waitFor()
    const srcs = await preview.locator('img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src')))
    expect(srcs).toEqual(images)
    // It opens at the picture tapped (WeChat names it by its URL: a picture shown twice opens at its first).
    const current = await preview
      .locator('taro-swiper-core')
      .evaluate((swiper) => (swiper as unknown as { current: number }).current)
    expect(current).toBe(images.indexOf(images[2]))
  })
})
