import { loadSeed } from '../../server/dev/seed'
import { phoneBrowser } from '../support/e2e'

const { articles } = loadSeed()
const article = [...articles].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))[1]
const MOBILE = '13812345678'
const MASKED = '138****5678'
const OPENID = /^[A-Za-z0-9_-]{1,64}$/

describe('the reader’s account in the browser (h5 build on the local host)', () => {
  const browser = phoneBrowser()

  /** What is on screen: Taro's h5 keeps earlier pages and the other tab in the DOM, hidden. */
  const shown = (selector: string, text?: string) =>
    browser.page.locator(`${selector}:visible`, text ? { hasText: text } : {})
  const visible = (selector: string, text?: string) => shown(selector, text).first().waitFor()

  /** The dev form that stands in for WeChat's phone-number button in a browser. */
  async function logIn(scope: string) {
    await shown(`${scope} .phone-login__input input`).fill(MOBILE)
    await shown(`${scope} .phone-login__button`).click()
  }
  async function confirmModal(expected: string[]) {
    const modal = browser.page.locator('.taro__modal')
    await modal.locator('.taro-model__confirm').waitFor()
    const text = await modal.locator('.taro-modal__text').innerText()
    for (const part of expected) expect(text).toContain(part)
    await modal.locator('.taro-model__confirm').click()
  }
  const favoriteLabel = () => shown('.reading-bar__favorite .reading-bar__label').innerText()

  const tab = (name: '资讯' | '我的') => browser.page.locator('.weui-tabbar__item', { hasText: name }).click()
  /**
   * navigateBack, done once the page that was on top has left the screen.
   * Taro's h5 router hides the page below a new one only when the opening
   * animation ends; going back before that leaves no page shown (a race no
   * reader's thumb is quick enough for), so the opening is let finish first.
   */
  async function back(leaving: string) {
    await browser.page.waitForFunction(() => document.querySelectorAll('.taro_page:not(.taro_page_shade)').length === 1)
    await browser.page.goBack()
    await shown(leaving).first().waitFor({ state: 'detached' })
  }
  /** From the 资讯 list, as a reader gets there. */
  async function openArticle() {
    await tab('资讯')
    await shown('.article-card__title', article.title).click()
    await visible('.article-header__title', article.title)
  }

  it('logs in with a dev number, saves an article, lists it, logs out, logs back in from the article, deletes the account', async () => {
    const identities = new Set<string>()
    const actions: string[] = []
    browser.page.on('request', (request) => {
      if (!request.url().endsWith('/api')) return
      identities.add(request.headers()['x-wtt-openid'] ?? '(none)')
      actions.push((JSON.parse(request.postData() ?? '{}') as { action?: string }).action ?? '?')
    })

    // 我的, logged out: a login entry; the dev form sends dev-<number>.
    await browser.page.goto(browser.host.url)
    await tab('我的')
    await visible('.account-card__title', '登录梧桐台')
    const login = browser.page.waitForRequest((request) => request.postData()?.includes('auth.phoneLogin') === true)
    await logIn('.account-card')
    expect(JSON.parse((await login).postData() ?? '{}')).toEqual({
      action: 'auth.phoneLogin',
      payload: { code: `dev-${MOBILE}` },
    })
    await visible('.account-card__phone', MASKED)
    expect(await browser.page.locator('body').innerText()).not.toContain(MOBILE)

    // The made-up identity survives a reload: still signed in.
    await browser.page.reload()
    await visible('.account-card__phone', MASKED)

    // 收藏 on the detail browser.page.
    await openArticle()
    expect(await favoriteLabel()).toBe('收藏')
    await shown('.reading-bar__favorite').click()
    await visible('.reading-bar__favorite .reading-bar__label', '已收藏')

    // 我的收藏 lists it.
    await back('.article-header__title')
    await tab('我的')
    await shown('.menu-cell', '我的收藏').click()
    await visible('.article-card__title', article.title)
    expect(await shown('.article-card__title').allInnerTexts()).toEqual([article.title])
    await back('.favorites-page')

    // 退出登录, confirmed: the login entry is back.
    await shown('.menu-cell', '退出登录').click()
    await confirmModal(['收藏'])
    await visible('.account-card__title', '登录梧桐台')

    // The save is gated again: 收藏 asks for a login first …
    await openArticle()
    expect(await favoriteLabel()).toBe('收藏')
    const before = actions.length
    await shown('.reading-bar__favorite').click()
    await visible('.login-sheet__title', '登录后收藏文章')
    expect(actions.slice(before)).toEqual([])
    // … and logging in there completes it: one call naming the state wanted (it was saved before the logout).
    await logIn('.bottom-sheet')
    await visible('.reading-bar__favorite .reading-bar__label', '已收藏')
    expect(await shown('.login-sheet__title').count()).toBe(0)
    expect(actions[before]).toBe('auth.phoneLogin')
    // The save in one call; and the comments again, as the reader now signed in sees them (asked for
    // as the session changed, before the save's answer drew 已收藏).
    expect(actions.slice(before + 1).sort()).toEqual(['comments.list', 'favorites.toggle'])

    // 注销账号, after a confirmation naming what goes: back to logged out, for good.
    await back('.article-header__title')
    await tab('我的')
    await visible('.account-card__phone', MASKED)
    await shown('.menu-cell', '注销账号').click()
    await confirmModal(['手机号', '收藏'])
    await visible('.account-card__title', '登录梧桐台')
    await browser.page.reload()
    await visible('.account-card__title', '登录梧桐台')

    // One made-up identity, sent with every call and kept across reloads.
    expect([...identities]).toHaveLength(1)
    expect([...identities][0]).toMatch(OPENID)
  })
})
