import { useDidShow, useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { articleUrl } from '../contract/rules'
import { ApiClientError } from '../services/api'
import { resolveScene } from '../services/channels'
import { toast } from '../utils/feedback'
import { CODE_EXPIRED, takeHomeNotice } from '../utils/homeNotice'
import { openPage } from '../utils/navigation'

/**
 * The home list opened from an event QR code: `scene` (URL-encoded, as
 * WeChat hands it to onLoad; the hash query on h5) names its channel.
 * channels.resolve records the open and says where the code leads. It goes
 * out beside the list's own call, never ahead of it, and nothing waits for
 * it: a reader in an expo hall sees the list whatever this call does. A
 * code that leads nowhere (unknown, archived, malformed) leaves them on the
 * list, told so; so does one that an article page sent here (homeNotice).
 */
export function useEntryScene() {
  const { scene } = useRouter().params

  useEffect(() => {
    if (scene === undefined) return
    const leadsNowhere = (reason: unknown) => {
      console.warn('[entry] this scene names no code; staying on the list', reason)
      toast(CODE_EXPIRED)
    }
    resolveScene(scene).then(
      ({ page, articleId, channel }) => {
        // An article's code lands here when the installed version lacks the page (codes skip check_path).
        if (page === 'article' && articleId) openPage(`${articleUrl(articleId)}${channel ? `&channel=${channel}` : ''}`)
        else if (!channel) leadsNowhere(scene)
      },
      (error: unknown) => {
        // A scene the backend refuses outright is no code; with no answer at all, nothing can be said.
        if (error instanceof ApiClientError && error.code === 'INVALID_ARGUMENT') leadsNowhere(error)
        else console.warn('[entry] scene not resolved; staying on the list', error)
      },
    )
  }, [scene])

  useDidShow(() => {
    const notice = takeHomeNotice()
    if (notice) toast(notice)
  })
}
