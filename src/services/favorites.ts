import type { Id } from '../contract/models'
import { callApi } from './api'

/** Bumped on every change, so that 我的收藏 knows to reload when the reader comes back to it. */
let changes = 0
export const favoriteChanges = () => changes

/** Resolves with the new state. */
export const toggleFavorite = (articleId: Id) =>
  callApi('favorites.toggle', { articleId }).then(({ favorited }) => {
    changes += 1
    return favorited
  })

/**
 * Saves, whatever the state was: after a login the article may already be
 * among the reader's favorites (kept through a logout), and the contract
 * only toggles, so a toggle that un-saved is undone.
 */
export const saveFavorite = (articleId: Id) =>
  toggleFavorite(articleId).then((saved) => saved || toggleFavorite(articleId))

export const fetchFavorites = (cursor?: string) => callApi('favorites.list', cursor ? { cursor } : {})
