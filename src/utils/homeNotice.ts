import { goHome } from './navigation'

/** What a reader is told when a scanned code leads nowhere (unknown, expired, archived, malformed). */
export const CODE_EXPIRED = '二维码已失效，已为你打开首页'

let pending: string | undefined

/**
 * Opens the home list with a word for the reader, said once the list shows:
 * a toast raised before a tab switch would go away with the page.
 */
export function goHomeSaying(message: string) {
  pending = message
  goHome()
}

/** The word left for the home list, once. */
export function takeHomeNotice(): string | undefined {
  const message = pending
  pending = undefined
  return message
}
