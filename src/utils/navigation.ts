import Taro from '@tarojs/taro'
import { articleUrl, PAGES, TAB_PAGES } from '../contract/rules'

/** Longest a navigation may hold the guard when WeChat never answers (it always should). */
const GUARD_RELEASE_MS = 1500

let navigating = false

const isTabPage = (url: string) => TAB_PAGES.includes(url.split('?')[0])

function go(url: string): Promise<unknown> {
  if (isTabPage(url)) return Taro.switchTab({ url: url.split('?')[0] })
  // Ten pages deep WeChat refuses navigateTo: the reader still gets the page, in place of this one.
  return Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }))
}

/**
 * Every page change of the app goes through here. A second tap while a page
 * is opening opens nothing more (a double tap on a card would stack the
 * article twice); tab pages are reached with switchTab, as WeChat demands.
 */
export function openPage(url: string): void {
  if (navigating) return
  navigating = true
  const release = setTimeout(() => (navigating = false), GUARD_RELEASE_MS)
  go(url)
    .catch((error: unknown) => console.warn('[navigation] could not open', url, error))
    .finally(() => {
      clearTimeout(release)
      navigating = false
    })
}

/** An article by id: from cards, related articles, search results, history, favorites. */
export const openArticle = (id: string) => openPage(articleUrl(id))

export const goHome = () => openPage(PAGES.home)

/** Back to the page that opened this one, or, opened from a share or a code, the home list. */
export function backOrHome(home: string = PAGES.home) {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack().catch(() => openPage(home))
  else openPage(home)
}

/** Opened straight from a share or a code: nothing to go back to, so offer 返回首页. */
export const isLandingPage = () => Taro.getCurrentPages().length <= 1
