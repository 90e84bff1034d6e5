/**
 * 精选留言 and 写留言 as a reader sees them at 320, 375 and 414 px (h5 build
 * on the local host, headless chromium): nothing wider than the screen,
 * however long a word a reader typed; the reading bar with 留言 within the
 * screen; every tap target at least 44 × 44 px; grey text at WCAG AA.
 */
import type { Page } from 'playwright-core'
import { hostAndBrowser } from '../support/e2e'
import { EPSILON, installLayoutProbes, pageWidths, tooSmallTargets } from '../support/layout'

const ADMIN = 'e2e-layout-admin'
const READER = 'e2e-layout-reader'
const WRITERS = ['e2e-layout-w1', 'e2e-layout-w2', 'e2e-layout-w3']
const ARTICLE = 'airjet-loom-energy-saving'
const LONG_WORD = `https://www.wutongtai.cn/news/${'AirjetLoomEnergySavingCaseStudy'.repeat(4)}`
const PHONES = [
  { width: 320, height: 568 },
  { width: 375, height: 812 },
  { width: 414, height: 896 },
]

const e2e = hostAndBrowser({ WTT_ADMIN_OPENIDS: ADMIN })
const callAs: typeof e2e.host.callAs = (openid, action, payload) => e2e.host.callAs(openid, action, payload)

/** Twelve selected comments (a long word in one, 作者回复 under two), and the reader's own pending and under review. */
async function seed() {
  await callAs(ADMIN, 'auth.phoneLogin', { code: 'dev-13900001111' })
  await callAs(READER, 'auth.phoneLogin', { code: 'dev-13812345678' })
  // Oldest first: the newest (the long word) and the one liked are among the ten drawn first.
  const texts = [
    ...Array.from({ length: 10 }, (_, n) => `第 ${n + 1} 条留言：空压机房的余热回收也值得一起做。`),
    '喷气织机节能改造的投资回收期大概多久？我们厂有 120 台老机器，想先改一半试试。',
    `案例链接在这里：${LONG_WORD}`,
  ]
  for (const [n, text] of texts.entries()) {
    const writer = WRITERS[n % WRITERS.length]
    if (n < WRITERS.length) await callAs(writer, 'auth.phoneLogin', { code: `dev-1391234000${n}` })
    const { comment } = await callAs(writer, 'comments.add', { articleId: ARTICLE, text })
    const reply = n >= 10 ? `谢谢关注。${n === 11 ? LONG_WORD : '一般一年半到两年，视电价和开机率而定。'}` : undefined
    await callAs(ADMIN, 'admin.comments.moderate', { id: comment.id, action: 'select', reply })
    if (n === 10) await callAs(READER, 'comments.like', { id: comment.id })
  }
  await callAs(READER, 'comments.add', { articleId: ARTICLE, text: '这篇写得很实在，转给车间主任看看。' })
  await callAs(READER, 'comments.add', { articleId: ARTICLE, text: '待审测试：补贴怎么申请？' })
}

beforeAll(seed)

describe.each(PHONES)('精选留言 at $width px', (phone) => {
  let page: Page
  beforeEach(async () => {
    page = await e2e.browse({ viewport: phone, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', openid: READER })
    await installLayoutProbes(page)
  })

  const shown = (selector: string) => page.locator('.taro_page').filter({ visible: true }).last().locator(selector)
  /** The article opened alone (as from a share: 首页 in the bar too), scrolled to its comments. */
  async function openComments() {
    await page.goto(`${e2e.host.url}/#/pages/article/index?id=${ARTICLE}`)
    await shown('.comment').first().waitFor()
    await shown('.comment-section').evaluate((section) => section.scrollIntoView())
  }
  const overflow = () => pageWidths(page)
  const tooSmall = (selectors: string[]) => tooSmallTargets(page, selectors)

  test('nothing is wider than the screen, a long word in a comment or a reply included', async () => {
    await openComments()
    const { scrollWidth, clientWidth } = await overflow()
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
    const rights = await page.evaluate(() =>
      Array.from(
        window.wttLayout
          .shownPage()
          .querySelectorAll('.comment__text, .comment__reply, .comment__foot, .comment__author'),
        (element) => Math.round(element.getBoundingClientRect().right),
      ),
    )
    expect(rights.length).toBeGreaterThan(20)
    expect(rights.filter((right) => right > phone.width + EPSILON)).toEqual([])
    // The word wraps instead: the comment holding it takes several lines.
    const lines = await page.evaluate(() => {
      const texts = Array.from(window.wttLayout.shownPage().querySelectorAll('.comment__text'))
      const long = texts.find((text) => text.textContent?.includes('https://')) as Element
      return window.wttLayout.linesOf('.comment__text')[texts.indexOf(long)].length
    })
    expect(lines).toBeGreaterThan(2)
  })

  test('each comment’s time, 删除 or 举报, and 赞 share one line', async () => {
    await openComments()
    const rows = await page.evaluate(() =>
      Array.from(window.wttLayout.shownPage().querySelectorAll('.comment__foot'), (foot) =>
        Array.from(foot.querySelectorAll('.comment__action, .comment__like'), (part) => {
          const { top, bottom } = part.getBoundingClientRect()
          return Math.round((top + bottom) / 2)
        }).concat(Math.round(foot.getBoundingClientRect().height)),
      ),
    )
    expect(rows.length).toBe(10)
    for (const row of rows) {
      const height = row.pop() as number
      expect(new Set(row).size).toBe(1)
      expect(height).toBeLessThanOrEqual(44 + EPSILON)
    }
  })

  test('tap targets are at least 44 × 44 px; the bar with 留言 stays within the screen', async () => {
    await openComments()
    expect(
      await tooSmall([
        '.comment__like',
        '.comment__delete',
        '.comment__report',
        '.comment-section__write',
        '.comment-section__more',
        '.reading-bar__item',
      ]),
    ).toEqual([])
    const bar = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.reading-bar .reading-bar__item'), (item) => {
        const { left, right } = item.getBoundingClientRect()
        return { text: item.textContent, left, right }
      }),
    )
    expect(bar.map((item) => item.text)).toEqual(['首页', '收藏', '转发', '海报', 'Aa字号', '留言'])
    expect(bar[0].left).toBeGreaterThanOrEqual(0)
    expect(bar[bar.length - 1].right).toBeLessThanOrEqual(phone.width + EPSILON)

    await shown('.reading-bar__comment').click()
    await shown('.comment-composer__input textarea').waitFor()
    expect(await tooSmall(['.comment-composer__send'])).toEqual([])
    const { scrollWidth, clientWidth } = await overflow()
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
  })

  test('grey text keeps WCAG AA contrast: the comments, their marks and replies; the composer, its count, its error', async () => {
    await openComments()
    expect(await page.evaluate(() => window.wttLayout.contrastFailures())).toEqual([])

    await shown('.reading-bar__comment').click()
    const input = shown('.comment-composer__input textarea')
    await input.waitFor()
    // Nothing to send yet: the quiet 发送 is still legible.
    await input.fill('')
    expect(await page.evaluate(() => window.wttLayout.contrastFailures())).toEqual([])
    await input.fill('棉'.repeat(501))
    await shown('.comment-composer__count--over').waitFor()
    expect(await page.evaluate(() => window.wttLayout.contrastFailures())).toEqual([])
    await input.fill('违规测试 这段话')
    await shown('.comment-composer__send').click()
    await shown('.comment-composer__error').waitFor()
    expect(await page.evaluate(() => window.wttLayout.contrastFailures())).toEqual([])
  })
})
