import type { Block } from '../../src/contract/models'
import { makeArticle } from '../support/backend'
import { createCloudBackend, openPage, type CloudBackend, type PageHandle } from '../support/weapp'

const ARTICLE = 'pages/article/index'
const LIMIT = 256 * 1024
const PARAGRAPHS = 1200

/** An import far longer than any sample: 1 200 paragraphs of Chinese and an image every 20. */
function longBody(): Block[] {
  return Array.from({ length: PARAGRAPHS }, (_, n): Block[] => [
    { type: 'paragraph', spans: [{ text: `第 ${n + 1} 段：柯桥面料市场的订单、价格与交期。`.repeat(6) }] },
    ...(n % 20 === 19 ? [{ type: 'image' as const, src: `/media/long-${n}.jpg`, width: 1080, height: 720 }] : []),
  ]).flat()
}

const paragraphs = (page: PageHandle) => page.findAll('article-body__paragraph').length

describe('a very long article (compiled weapp)', () => {
  let backend: CloudBackend
  beforeEach(async () => {
    backend = await createCloudBackend({ articles: [makeArticle(1, { id: 'long-read', blocks: longBody() })] })
  })
  afterEach(() => backend.close())

  test('opens light, then draws the rest piece by piece as the reader scrolls, each setData within WeChat’s limit', async () => {
    const page = await openPage(ARTICLE, { backend, query: { id: 'long-read' } })
    await page.waitForClass('article-body__paragraph')
    await page.settle()

    const first = page.metrics()
    expect(first.setData.maxBytes).toBeLessThanOrEqual(LIMIT)
    expect(first.nodes).toBeLessThan(1000)
    expect(paragraphs(page)).toBeLessThan(PARAGRAPHS)
    expect(page.hasText('继续上滑，加载全文')).toBe(true)
    expect(page.find('article-footer__disclaimer')).toBeUndefined()

    let pieces = 0
    while (paragraphs(page) < PARAGRAPHS) {
      const before = paragraphs(page)
      page.resetMetrics()
      page.instance.onReachBottom?.()
      await page.waitFor(() => paragraphs(page) > before, { message: `no more after ${before} paragraphs` })
      await page.settle()
      expect(page.metrics().setData.maxBytes).toBeLessThanOrEqual(LIMIT)
      pieces++
    }
    expect(pieces).toBeGreaterThan(1)
    // The whole body, then what comes after it: 免责声明, and no more 继续上滑.
    expect(page.find('article-footer__disclaimer')).toBeDefined()
    expect(page.hasText('继续上滑，加载全文')).toBe(false)
    expect(page.apiCalls()).toHaveLength(1)
  })
})
