/**
 * What a reader sees, measured on the real pages (h5 build on the local
 * host, headless chromium) at 320, 375 and 414 px: the meta line of every
 * card on one line, nothing fixed over the text at any scroll position and
 * the article's end fully visible, no horizontal overflow, every tap
 * target at least 44 × 44 px, and text at WCAG AA contrast.
 */
import type { Page } from 'playwright-core'
import { hostAndBrowser } from '../support/e2e'
import { EPSILON, installLayoutProbes, pageWidths, tooSmallTargets, type Line } from '../support/layout'

/** The longest sample article (lists, images, links, related articles); a repost with 原文链接 and tags. */
const LONG = 'textile-industry-annual-review-2026'
const REPOST = 'airjet-loom-energy-saving'
const PHONES = [
  { width: 320, height: 568 },
  { width: 375, height: 812 },
  { width: 414, height: 896 },
]

const e2e = hostAndBrowser()

describe.each(PHONES)('at $width px', (phone) => {
  let page: Page
  beforeEach(async () => {
    page = await e2e.browse({ viewport: phone, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    await installLayoutProbes(page)
  })

  /** What matches `selector` in the page the router shows. */
  const shown = (selector: string) => page.locator('.taro_page').filter({ visible: true }).last().locator(selector)
  const open = async (route: string, ready: string) => {
    await page.goto(`${e2e.host.url}/#${route}`)
    await shown(ready).first().waitFor()
    // The router slides a page in: measure once it stands still.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'))
  }
  /** The page shown scrolled to `top` px (Infinity: its end); resolves with where it got. */
  const scrollTo = (top: number) =>
    page.evaluate((to) => {
      const scroller = window.wttLayout.shownPage()
      scroller.scrollTop = Math.min(to, scroller.scrollHeight)
      return scroller.scrollTop
    }, top)
  const overflow = () => pageWidths(page)
  const tooSmall = (selectors: string[]) => tooSmallTargets(page, selectors)

  test('the list: every card’s meta line on one line, its time and count whole; no horizontal overflow', async () => {
    await open('/pages/index/index', '.article-card')
    const metas = await page.evaluate(() => window.wttLayout.linesOf('.article-card__meta'))
    expect(metas.length).toBeGreaterThanOrEqual(3)
    for (const lines of metas)
      expect(new Set(lines.map((line: Line) => Math.round(line.top)))).toHaveProperty('size', 1)
    // The source gives way; the time and the count are never cut.
    const cut = await page.evaluate(() =>
      Array.from(window.wttLayout.shownPage().querySelectorAll('.article-card__time, .article-card__reads'))
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .map((element) => element.textContent),
    )
    expect(cut).toEqual([])
    const { scrollWidth, clientWidth } = await overflow()
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
  })

  test('the article: its meta line on one line, nothing fixed over its text at any scroll position, its end fully visible', async () => {
    await open(`/pages/article/index?id=${LONG}`, '.article-header__title')
    const [meta] = await page.evaluate(() => window.wttLayout.linesOf('.article-header__meta'))
    expect(new Set(meta.map((line) => Math.round(line.top))).size).toBe(1)
    // The whole body, drawn at once for this article: scroll to the end of the page.
    await page.locator('.article-footer').waitFor()
    const TEXT = '.article-header, .article-body, .article-footer, .article-page__related'
    const barTop = await page.evaluate(
      () => (document.querySelector('.reading-bar') as Element).getBoundingClientRect().top,
    )

    const end = await scrollTo(Infinity)
    const step = Math.round(phone.height / 2)
    let looked = 0
    for (let top = 0; top <= end + step; top += step) {
      await scrollTo(top)
      const covered = await page.evaluate((s) => window.wttLayout.coveredLines(s), TEXT)
      // Text goes under the reading bar at the foot of the screen as the page scrolls, as in any reader;
      // nothing else covers it, anywhere else.
      const overText = covered.filter((line) => line.bottom <= barTop || !/^reading-bar\b/.test(line.over))
      expect({ top, overText }).toEqual({ top, overText: [] })
      looked += 1
    }
    expect(looked).toBeGreaterThan(10)

    // At the end: the last paragraph, the 免责声明 and 相关阅读 above the bar, every line of them.
    await scrollTo(Infinity)
    const last = await page.evaluate(() => {
      const { linesOf } = window.wttLayout
      const paragraphs = linesOf('.article-body__paragraph')
      return [
        paragraphs[paragraphs.length - 1],
        ...linesOf('.article-footer__disclaimer'),
        ...linesOf('.article-page__related'),
      ].flat()
    })
    expect(last.length).toBeGreaterThan(10)
    expect(last.filter((line) => line.bottom > barTop + EPSILON)).toEqual([])
    const { scrollWidth, clientWidth } = await overflow()
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
  })

  test('tap targets are at least 44 × 44 px: the list, the article and its bar, search, 我的', async () => {
    await open('/pages/index/index', '.article-card')
    expect(
      await tooSmall([
        '.article-card',
        '.article-card__share',
        '.category-tabs__tab',
        '.search-entry',
        '.weui-tabbar__item',
      ]),
    ).toEqual([])

    await open(`/pages/article/index?id=${REPOST}`, '.article-header__title')
    await scrollTo(Infinity)
    expect(
      await tooSmall([
        '.reading-bar__item',
        '.taro-navigation-bar-home',
        '.article-footer__original',
        '.article-footer__contact',
        '.article-page__related .article-card',
      ]),
    ).toEqual([])
    await page.locator('.reading-bar__font').click()
    await page.locator('.font-size-picker__option').first().waitFor()
    expect(await tooSmall(['.font-size-picker__option'])).toEqual([])

    await open('/packages/search/index', '.search-bar__input')
    await page.locator('.search-bar__input input').fill('印染')
    await page.locator('.search-bar__input input').press('Enter')
    await page.locator('.search-page .article-card').first().waitFor()
    expect(
      await tooSmall([
        '.search-bar__submit',
        '.search-bar__cancel',
        '.search-bar__clear',
        '.taro-navigation-bar-back, .taro-navigation-bar-home',
      ]),
    ).toEqual([])
    await page.locator('.search-bar__clear').click()
    await page.locator('.recent-searches__item').first().waitFor()
    expect(await tooSmall(['.recent-searches__item', '.recent-searches__clear'])).toEqual([])

    await open('/pages/me/index', '.phone-login__button')
    expect(await tooSmall(['.menu-cell', '.phone-login__button'])).toEqual([])
    const { scrollWidth, clientWidth } = await overflow()
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
  })

  test('text keeps WCAG AA contrast (4.5:1, 3:1 when large): grey meta, captions, the disclaimer, hints', async () => {
    const screens: [string, string][] = [
      ['/pages/index/index', '.article-card__meta'],
      [`/pages/article/index?id=${LONG}`, '.article-body__caption'],
      [`/pages/article/index?id=${REPOST}`, '.article-footer__disclaimer'],
      ['/packages/search/index', '.recent-searches__hint'],
      ['/pages/me/index', '.phone-login__dev-note'],
      ['/packages/reader/privacy/index', '.privacy-page__issuer'],
    ]
    const look = async (route: string, ready: string) => {
      await open(route, ready)
      await scrollTo(Infinity)
      const failures = await page.evaluate(() => window.wttLayout.contrastFailures())
      expect({ route, failures }).toEqual({ route, failures: [] })
    }
    for (const [route, ready] of screens) await look(route, ready)

    // A member's screens too, read on this browser: 阅读历史, and 我的 with 注销账号 in red.
    const member = `e2e-layout-${phone.width}`
    await e2e.host.callAs(member, 'auth.phoneLogin', { code: 'dev-13812345678' })
    await page.evaluate((id) => localStorage.setItem('wtt:dev-openid', JSON.stringify({ data: id })), member)
    await look('/packages/reader/history/index', '.history-item')
    await look('/pages/me/index', '.menu-cell--danger')
  })

  test('a list of ten items or more keeps its numbers lined up: every item’s text starts at one edge', async () => {
    await open(`/pages/article/index?id=${LONG}`, '.article-body__list--wide')
    const lists = await page.evaluate(() =>
      Array.from(window.wttLayout.shownPage().querySelectorAll('.article-body__list--wide')).map((list) => ({
        markers: Array.from(list.querySelectorAll('.article-body__marker'), (marker) => marker.textContent),
        textLefts: Array.from(list.querySelectorAll('.article-body__item-text'), (text) =>
          Math.round(text.getBoundingClientRect().left),
        ),
        numberRights: Array.from(list.querySelectorAll('.article-body__marker'), (marker) => {
          const range = document.createRange()
          range.selectNodeContents(marker)
          return Math.round(range.getBoundingClientRect().right)
        }),
      })),
    )
    expect(lists.length).toBeGreaterThan(0)
    for (const { markers, textLefts, numberRights } of lists) {
      expect(markers).toHaveLength(10)
      expect(markers[9]).toBe('10.')
      expect(new Set(textLefts).size).toBe(1)
      // 9. and 10. end at the same place.
      expect(Math.max(...numberRights) - Math.min(...numberRights)).toBeLessThanOrEqual(1)
    }
  })

  test('typed text sits in the middle of the search and login boxes', async () => {
    const middles = async (box: string) =>
      page.evaluate((selector) => {
        const field = window.wttLayout.shownPage().querySelector(selector) as Element
        const input = field.querySelector('input') as HTMLInputElement
        const middle = (rect: DOMRect) => rect.top + rect.height / 2
        return [middle(field.getBoundingClientRect()), middle(input.getBoundingClientRect())]
      }, box)
    await open('/packages/search/index', '.search-bar__field')
    await page.locator('.search-bar__input input').fill('棉花')
    const [field, text] = await middles('.search-bar__field')
    expect(Math.abs(field - text)).toBeLessThanOrEqual(1)

    await open('/pages/me/index', '.phone-login__input')
    await page.locator('.phone-login__input input').fill('13812345678')
    const [box, typed] = await middles('.phone-login__input')
    expect(Math.abs(box - typed)).toBeLessThanOrEqual(1)
  })

  test('offline, a picture that cannot load leaves a neutral box, not a broken-image icon', async () => {
    await page.route('**/media/**', (route) => route.abort('internetdisconnected'))
    await open(`/pages/article/index?id=${REPOST}`, '.article-body__frame')
    // Each picture in view is asked for (lazily) and fails; scroll each into view in turn.
    const count = await shown('.article-body__frame').count()
    expect(count).toBeGreaterThan(0)
    for (let i = 0; i < count; i++) {
      const frame = shown('.article-body__frame').nth(i)
      await frame.scrollIntoViewIfNeeded()
      // No <img> left to draw a broken icon once it has failed.
      await frame.locator('img').waitFor({ state: 'detached' })
      expect(await frame.evaluate((box) => getComputedStyle(box).backgroundColor)).toBe('rgb(236, 238, 241)')
      expect((await frame.boundingBox())?.height).toBeGreaterThan(50)
    }
  })

  test('the probes see what they look for: a floating button over the text, a small target, grey text', async () => {
    await open(`/pages/article/index?id=${REPOST}`, '.article-body__paragraph')
    await page.evaluate(() => {
      const body = window.wttLayout.shownPage().querySelector('.article-body') as Element
      const { top } = (body.querySelector('.article-body__paragraph') as Element).getBoundingClientRect()
      const floating = document.createElement('div')
      floating.className = 'probe-floating'
      floating.style.cssText = `position:fixed;left:0;right:0;top:${top}px;height:40px;background:#fff`
      const grey = document.createElement('div')
      grey.className = 'probe-grey'
      grey.style.cssText = 'color:#8a8f99;background:#fff;font-size:12px'
      grey.textContent = '阅读 4877'
      body.append(floating, grey)
    })
    const covered = await page.evaluate(() => window.wttLayout.coveredLines('.article-body'))
    expect(covered.some((line) => line.over === 'probe-floating')).toBe(true)
    expect(await tooSmall(['.probe-floating'])).toEqual([expect.objectContaining({ width: phone.width, height: 40 })])
    expect(await page.evaluate(() => window.wttLayout.contrastFailures())).toContainEqual(
      expect.objectContaining({ text: '阅读 4877', ratio: 3.25, needed: 4.5 }),
    )
  })
})
