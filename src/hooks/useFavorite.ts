import { useState } from 'react'
import type { Id } from '../contract/models'
import { ApiClientError } from '../services/api'
import { setFavorite } from '../services/favorites'
import { currentSession, forgetSession } from '../device/session'
import { isSinglePageMode, showFullServiceHint } from '../utils/singlePage'
import { messageOf } from '../utils/errorMessage'
import { toast } from '../utils/feedback'

const toastFor = (favorited: boolean) => toast(favorited ? '已收藏' : '已取消收藏')

/**
 * The detail page's 收藏. Its first state is `favorited` from articles.get
 * (no call of its own). A guest is asked to log in first, and the save then
 * completes by itself. Whether the reader is signed in comes from the
 * shared session; when this run does not know yet (opened from a share),
 * the toggle itself finds out.
 */
export function useFavorite(articleId: Id | undefined, initial: boolean) {
  // The reader's own toggle, over the `initial` it was made on: a fresh answer
  // (the page painted from the device, then refreshed) wins in the same render.
  const [toggled, setToggled] = useState<{ over: boolean; to: boolean } | null>(null)
  const favorited = toggled && toggled.over === initial ? toggled.to : initial
  const setFavorited = (to: boolean) => setToggled({ over: initial, to })
  const [busy, setBusy] = useState(false)
  const [askingLogin, setAskingLogin] = useState(false)

  function run(action: () => Promise<boolean>) {
    setBusy(true)
    action().then(
      (next) => {
        setBusy(false)
        setFavorited(next)
        toastFor(next)
      },
      (error: unknown) => {
        setBusy(false)
        if (error instanceof ApiClientError && error.code === 'UNAUTHENTICATED') {
          forgetSession()
          setAskingLogin(true)
        } else toast(messageOf(error, '操作失败，请重试'))
      },
    )
  }

  function toggle() {
    if (!articleId || busy) return
    if (isSinglePageMode()) showFullServiceHint()
    else if (currentSession().status === 'guest') setAskingLogin(true)
    else run(() => setFavorite(articleId, !favorited))
  }

  /** Logged in from the sheet: what the reader asked for was to save this article. */
  function onSignedIn() {
    setAskingLogin(false)
    if (articleId) run(() => setFavorite(articleId, true))
  }

  return { favorited, busy, toggle, askingLogin, onSignedIn, cancelLogin: () => setAskingLogin(false) } as const
}
