import type { Id } from '../contract/models'
import { callApi } from './api'

/** Bumped on every change, so that 我的收藏 knows to reload when the reader comes back to it. */
let changes = 0
export const favoriteChanges = () => changes

/**
 * Saves or un-saves the article, naming the state wanted rather than
 * toggling: a call retried on a weak network, or a save after a login (the
 * article may still be saved from before a logout), changes nothing twice.
 * Resolves with the state now.
 */
export const setFavorite = (articleId: Id, favorited: boolean) =>
  callApi('favorites.toggle', { articleId, favorited }).then((answer) => {
    changes += 1
    return answer.favorited
  })

export const fetchFavorites = (cursor?: string) => callApi('favorites.list', cursor ? { cursor } : {})
