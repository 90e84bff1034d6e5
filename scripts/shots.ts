/// <reference lib="dom" />
// `npm run shots`: a screenshot of every screen and state of the h5 app at
// 320, 375 and 414 px wide, into .shots/<width>/<screen>.png, from the local
// host on a fresh data folder (the sample articles). For looking at: every
// change to what readers see is checked here by eye before it is done.
// (The DOM library above types the functions handed to page.evaluate, which run in the browser.)
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { Action, ApiResponse, Data, Payload } from '../src/contract/api'
import { CHROMIUM_ARGS, chromiumPath } from './chromium'
import { startHost, type RunningHost } from './localHost'

const OUT = join(__dirname, '../.shots')
/** Phones as wide as these, each with a usual height. */
const PHONES = [
  { width: 320, height: 568 },
  { width: 375, height: 812 },
  { width: 414, height: 896 },
]
const READER = 'shots-reader'
const ADMIN = 'shots-admin'
/** Other readers, whose comments an operator selected. */
const COMMENTERS = ['shots-commenter-1', 'shots-commenter-2', 'shots-commenter-3']
/** A long article with images, lists and links; a repost with 原文链接 and tags. */
const LONG = 'textile-industry-annual-review-2026'
const REPOST = 'airjet-loom-energy-saving'

/** An action sent straight to the host as `openid`, past the app (logins, favorites: the shots' setup). */
async function call<A extends Action>(host: RunningHost, openid: string, action: A, payload: Payload<A>) {
  const response = await fetch(`${host.url}/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wtt-openid': openid },
    body: JSON.stringify({ action, payload }),
  })
  const answer = (await response.json()) as ApiResponse<A>
  if (!answer.ok) throw new Error(`${action}: ${answer.error.code} ${answer.error.message}`)
  return answer.data as Data<A>
}

class Phone {
  private constructor(
    readonly page: Page,
    private readonly host: RunningHost,
    private readonly folder: string,
  ) {}

  /** A browser of its own, as wide as `width`, whose app is `openid` to the host (null: a fresh guest). */
  static async open(browser: Browser, host: RunningHost, phone: (typeof PHONES)[number], openid: string | null) {
    const context: BrowserContext = await browser.newContext({
      viewport: phone,
      deviceScaleFactor: 2,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      hasTouch: true,
    })
    if (openid)
      await context.addInitScript((id) => localStorage.setItem('wtt:dev-openid', JSON.stringify({ data: id })), openid)
    const folder = join(OUT, String(phone.width))
    mkdirSync(folder, { recursive: true })
    return new Phone(await context.newPage(), host, folder)
  }

  async go(route: string) {
    await this.page.goto(`${this.host.url}/#${route}`)
  }

  /** The page the h5 router shows: it keeps the pages below it in the DOM, hidden. */
  get shownPage() {
    return this.page.locator('.taro_page').filter({ visible: true }).last()
  }

  /** The first element matching `selector` on the page shown. */
  shown(selector: string, text?: string) {
    return this.shownPage.locator(selector, text ? { hasText: text } : undefined).first()
  }

  async waitFor(selector: string, text?: string) {
    await this.shown(selector, text).waitFor({ timeout: 20_000 })
  }

  /** Scrolls the page shown to a share of its height (0 the top, 1 the end), then lets lazy images load. */
  async scrollTo(share: number) {
    await this.shownPage.evaluate((scroller, to) => {
      scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * to
    }, share)
    // Lazy pictures are asked for once the browser sees them in view, a moment after the scroll.
    await this.page.waitForTimeout(300)
    await this.settle()
  }

  /** Until the network is quiet and the images in view have loaded (or failed: at most 5 s). */
  async settle() {
    await this.page.waitForLoadState('networkidle')
    // A page sliding in (the router's transition), a toast fading: shot once they have ended.
    await this.page.waitForFunction(() =>
      document
        .getAnimations()
        .every(
          (animation) => animation.effect?.getTiming().iterations === Infinity || animation.playState !== 'running',
        ),
    )
    // No named functions in here: the page gets the code as esbuild wrote it, helpers (__name) left out.
    await this.page.evaluate(() => {
      const loading = Array.from(document.images).filter((image) => {
        const { top, bottom, width } = image.getBoundingClientRect()
        return width > 0 && bottom > 0 && top < window.innerHeight && !image.complete
      })
      const loaded = Promise.all(
        loading.map((image) => new Promise((resolve) => image.addEventListener('loadend', resolve, { once: true }))),
      )
      return Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 5000))]).then(
        () => new Promise((resolve) => requestAnimationFrame(resolve)),
      )
    })
  }

  /** Once Taro's toast says `text` (its wrapper has no box of its own: the words are what shows). */
  async toast(text: string) {
    await this.page.locator('.taro__toast p', { hasText: text }).waitFor()
  }

  async shot(name: string) {
    await this.settle()
    await this.page.screenshot({ path: join(this.folder, `${name}.png`) })
  }

  close() {
    return this.page.context().close()
  }
}

async function readingShots(phone: Phone) {
  // The list, then each tab.
  await phone.go('/pages/index/index')
  await phone.waitFor('.article-card')
  await phone.shot('list')
  const tabs = await phone.shown('.category-tabs').locator('.category-tabs__tab').allInnerTexts()
  for (const [i, name] of tabs.entries()) {
    if (i === 0) continue
    await phone.shown('.category-tabs__tab', name).click()
    await phone.waitFor('.article-card, .status-view')
    await phone.shot(`list-tab-${i}-${name}`)
  }
  await phone.shown('.category-tabs__tab', '全部').click()

  // The long article from the list: top, middle, end with the bar, and the sizes.
  await phone.go(`/pages/article/index?id=${LONG}`)
  await phone.waitFor('.article-header__title')
  await phone.shot('article-top')
  await phone.scrollTo(0.5)
  await phone.shot('article-middle')
  await phone.scrollTo(1)
  await phone.shot('article-end')
  await phone.shown('.reading-bar__font').click()
  await phone.waitFor('.font-size-picker')
  await phone.shot('article-font-sheet')
  for (const [label, name] of [
    ['大', 'large'],
    ['特大', 'xlarge'],
    ['标准', 'standard'],
  ]) {
    if (name !== 'large') {
      await phone.shown('.reading-bar__font').click()
      await phone.waitFor('.font-size-picker')
    }
    await phone.page.locator('.font-size-picker__option', { hasText: new RegExp(`^${label}$`) }).click()
    await phone.scrollTo(0)
    await phone.shot(`article-font-${name}`)
  }

  // A repost: 原文链接, tags; and what a link tap says.
  await phone.go(`/pages/article/index?id=${REPOST}`)
  await phone.waitFor('.article-header__title')
  await phone.scrollTo(1)
  await phone.shot('article-repost-end')
  await phone.shown('.article-footer__original').click()
  await phone.toast('链接已复制')
  await phone.shot('article-link-copied')

  // The poster, from the bar.
  await phone.shown('.reading-bar__poster').click()
  await phone.page.waitForTimeout(300)
  await phone.waitFor('.poster__frame')
  await phone.shown('.poster__button, .poster__frame--message').waitFor({ timeout: 20_000 })
  await phone.shot('poster')

  // 精选留言 under the repost: the reader's own 审核中 and 待精选, selected ones with 作者回复; then 写留言.
  await phone.go(`/pages/article/index?id=${REPOST}`)
  await phone.waitFor('.comment')
  await phone.shown('.comment-section').evaluate((section) => section.scrollIntoView())
  await phone.shot('article-comments')
  await phone.shown('.comment-section__more').evaluate((more) => more.scrollIntoView({ block: 'center' }))
  await phone.shot('article-comments-end')
  await phone.shown('.reading-bar__comment').click()
  await phone.waitFor('.comment-composer__input textarea')
  await phone.shot('comment-composer-empty')
  await phone
    .shown('.comment-composer__input textarea')
    .fill('请问改造后的织机，维护保养周期有变化吗？\n\n我们厂明年也准备改。')
  await phone.shot('comment-composer')
  await phone.shown('.comment-composer__input textarea').fill('棉'.repeat(510))
  await phone.waitFor('.comment-composer__count--over')
  await phone.shot('comment-composer-too-long')
  await phone.shown('.comment-composer__input textarea').fill('违规测试：这里写了一段不适宜发布的话')
  await phone.shown('.comment-composer__send').click()
  await phone.waitFor('.comment-composer__error')
  await phone.shot('comment-composer-error')

  // Search: what can be searched, results with snippets, nothing found, a query too long.
  await phone.go('/packages/search/index')
  await phone.waitFor('.search-bar__input input')
  await phone.shot('search-empty')
  const input = phone.shown('.search-bar__input input')
  for (const [query, name] of [
    ['印染', 'search-results'],
    ['量子纠缠计算机', 'search-nothing-found'],
  ]) {
    await input.fill(query)
    await input.press('Enter')
    await phone.waitFor('.article-card, .status-view')
    await phone.shot(name)
  }
  await input.fill('纺织'.repeat(26))
  await phone.waitFor('.search-page__too-long')
  await phone.shot('search-too-long')
  await input.fill('')
  await phone.waitFor('.recent-searches, .recent-searches__hint')
  await phone.shot('search-recent')

  // 我的, 我的收藏 and 阅读历史 of a reader who has read and saved.
  await phone.go('/pages/me/index')
  await phone.waitFor('.account-card__phone')
  await phone.shot('me-member')
  await phone.go('/packages/reader/favorites/index')
  await phone.waitFor('.article-card, .status-view')
  await phone.shot('favorites')
  await phone.go('/packages/reader/history/index')
  await phone.waitFor('.history-item')
  await phone.shot('history')
  await phone.go('/packages/reader/privacy/index')
  await phone.waitFor('.privacy-page__title')
  await phone.shot('privacy')

  // The network gone: the list and an article read before, a tab, a page never read.
  await phone.page.route('**/api', (route) => route.abort('internetdisconnected'))
  await phone.go('/pages/index/index')
  await phone.page.reload()
  await phone.waitFor('.offline-notice')
  await phone.shot('offline-list')
  const market = (await phone.shown('.category-tabs').locator('.category-tabs__tab').allInnerTexts())[1]
  if (market) {
    await phone.shown('.category-tabs__tab', market).click()
    await phone.waitFor('.offline-notice, .status-view')
    await phone.shot('offline-tab')
  }
  await phone.go(`/pages/article/index?id=${LONG}`)
  await phone.page.reload()
  await phone.waitFor('.offline-notice')
  await phone.shot('offline-article')
  await phone.page.unroute('**/api')
}

async function guestShots(phone: Phone) {
  await phone.go('/pages/me/index')
  await phone.waitFor('.phone-login')
  await phone.shot('me-guest')
  await phone.shown('.menu-cell', '我的收藏').click()
  await phone.page.locator('.login-sheet__title').waitFor()
  await phone.shot('me-guest-favorites-login')

  // Opened alone, as from a shared card: 首页 in the bar.
  await phone.go(`/pages/article/index?id=${REPOST}`)
  await phone.page.reload()
  await phone.waitFor('.article-header__title')
  await phone.shot('article-landing')
  // A guest's 发送: the login sheet, over the text kept.
  await phone.shown('.reading-bar__comment').click()
  await phone.waitFor('.comment-composer__input textarea')
  await phone.shown('.comment-composer__input textarea').fill('请问这套改造方案适合老款织机吗？')
  await phone.shown('.comment-composer__send').click()
  await phone.page.locator('.login-sheet__title').waitFor()
  await phone.shot('comment-composer-login')
  await phone.go(`/pages/article/index?id=${REPOST}`)
  await phone.page.reload()
  await phone.waitFor('.article-header__title')

  // Links that lead nowhere, and a failing network with nothing kept.
  await phone.go('/pages/article/index?scene=NoSuchCode9')
  await phone.waitFor('.article-card')
  await phone.toast('二维码已失效，已为你打开首页')
  await phone.shot('entry-expired-code')
  await phone.go('/pages/article/index?id=no-such-article')
  await phone.page.reload()
  await phone.waitFor('.status-view')
  await phone.shot('article-missing')
  await phone.go('/pages/no-such-page/index')
  await phone.page.reload()
  await phone.waitFor('.status-view', '页面不存在')
  await phone.shot('page-missing')
  await phone.page.evaluate(() => localStorage.clear())
  await phone.page.route('**/api', (route) => route.abort('connectionrefused'))
  await phone.go('/pages/index/index')
  await phone.page.reload()
  await phone.waitFor('.status-view')
  await phone.shot('error-list')
  await phone.go(`/pages/article/index?id=${LONG}`)
  await phone.page.reload()
  await phone.waitFor('.status-view')
  await phone.shot('error-article')
}

async function adminShots(phone: Phone) {
  await phone.go('/pages/me/index')
  await phone.waitFor('.menu-cell', '运营后台')
  await phone.shot('me-admin')
  await phone.go('/packages/admin/index')
  await phone.waitFor('.operators-page__title')
  await phone.shot('operators')
}

/**
 * Comments under an article as readers find them: eleven selected (so that
 * 查看更多留言 shows), two with 作者回复 and one liked; the reader's own
 * waiting for selection and under review.
 */
async function commentsOn(host: RunningHost, articleId: string) {
  for (const [n, commenter] of COMMENTERS.entries())
    await call(host, commenter, 'auth.phoneLogin', { code: `dev-1391234005${n + 4}` })
  const texts = [
    '喷气织机节能改造的投资回收期大概多久？我们厂有 120 台老机器，想先改一半试试。',
    '空压机房的余热回收也值得一起做，我们去年做了，冬天车间不用另外供暖。',
    ...Array.from({ length: 9 }, (_, n) => `第 ${n + 3} 条：这类改造有没有地方补贴？求一份申报清单。`),
  ]
  const replies = ['一般一年半到两年，视电价和开机率而定，欢迎联系我们了解案例。', '谢谢分享，余热回收我们下期专门写。']
  for (const [n, text] of texts.entries()) {
    // A reader writes 5 a minute at most: the commenters take turns.
    const writer = COMMENTERS[n % COMMENTERS.length]
    const { comment } = await call(host, writer, 'comments.add', { articleId, text })
    await call(host, ADMIN, 'admin.comments.moderate', { id: comment.id, action: 'select', reply: replies[n] })
    if (n === 0) await call(host, READER, 'comments.like', { id: comment.id })
  }
  await call(host, READER, 'comments.add', { articleId, text: '这篇写得很实在，转给车间主任看看。' })
  await call(host, READER, 'comments.add', { articleId, text: '待审测试：改造补贴怎么申请？' })
}

async function main() {
  const executablePath = chromiumPath()
  if (!executablePath) throw new Error("Debian's chromium is missing: `apt-get install -y chromium fonts-noto-cjk`")
  rmSync(OUT, { recursive: true, force: true })
  const host = await startHost({ env: { WTT_ADMIN_OPENIDS: ADMIN } })
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    await call(host, READER, 'auth.phoneLogin', { code: 'dev-13812345678' })
    await call(host, ADMIN, 'auth.phoneLogin', { code: 'dev-13900001111' })
    for (const articleId of [LONG, REPOST]) await call(host, READER, 'favorites.toggle', { articleId })
    await commentsOn(host, REPOST)
    for (const size of PHONES) {
      for (const [openid, shots] of [
        [READER, readingShots],
        [null, guestShots],
        [ADMIN, adminShots],
      ] as const) {
        const phone = await Phone.open(browser, host, size, openid)
        try {
          await shots(phone)
        } finally {
          await phone.close()
        }
      }
      console.log(`${size.width} px: done`)
    }
    console.log(`screenshots in ${OUT}`)
  } finally {
    await browser.close()
    await host.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
