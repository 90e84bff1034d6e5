import { readCached, removeCached, writeCached } from './offlineCache'

/**
 * On the device only: what a reader began writing under an article, so that
 * a login, a failed send or a trip back to the article loses nothing; gone
 * once sent. Kept with the offline cache (its budget, its order of use), so
 * that 注销账号, which clears that, clears the drafts too, and the main
 * package carries nothing for them.
 */
const draftKey = (articleId: string) => `draft:${articleId}`
const isText = (value: unknown): value is string => typeof value === 'string'

export const readDraft = (articleId: string) => readCached(draftKey(articleId), isText)?.value ?? ''

/** Keeps `text` as the article's draft (an empty text removes it). */
export function saveDraft(articleId: string, text: string) {
  if (text) writeCached(draftKey(articleId), text)
  else removeCached(draftKey(articleId))
}

export const clearDraft = (articleId: string) => removeCached(draftKey(articleId))
