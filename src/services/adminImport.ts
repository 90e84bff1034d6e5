import { callApi } from './api'

/**
 * The server fetches the page and every image (10 s each, a few at a time):
 * a long article takes far longer than a screen's call, and giving up early
 * would only hide an import that goes on (the cloud function may run 60 s).
 */
const IMPORT_TIMEOUT_MS = 65_000

/** Imports an official-account article by its link, on the server; the same link again updates it. */
export const importArticleByLink = (url: string) =>
  callApi('admin.articles.importUrl', { url }, { timeoutMs: IMPORT_TIMEOUT_MS })
