import { useEffect, useState } from 'react'
import type { Data } from '../contract/api'
import type { ArticleSummary } from '../contract/models'
import { checkAdmin, fetchChannels, fetchLatestArticles } from '../services/admin'
import { ApiClientError } from '../services/api'
import { messageOf } from '../utils/errorMessage'
import { toast } from '../utils/feedback'

export type OperatorsAccess =
  | { phase: 'checking' }
  | { phase: 'granted' }
  /** Not an admin, or the server refused an admin action: 无权访问 with its reason. */
  | { phase: 'denied'; message: string }
  | { phase: 'error'; message: string }

const NOT_AN_ADMIN = '运营后台仅对运营人员开放'

const FAILED = '操作失败，请稍后重试'
const isRefused = (error: unknown) =>
  error instanceof ApiClientError && (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED')

/**
 * The operators' page: who may see it (me.get's isAdmin, asked before any
 * admin action so that a reader never sends one), then the channel table
 * and the newest articles to pick from. `fail` is every admin action's
 * error handler: a refusal from the server closes the page whatever me.get
 * said (the list of admins lives on the server and may have changed);
 * anything else is a toast, and the page stays.
 */
export function useOperators() {
  const [access, setAccess] = useState<OperatorsAccess>({ phase: 'checking' })
  const [channels, setChannels] = useState<Data<'admin.channels.list'>['items'] | null>(null)
  const [articles, setArticles] = useState<ArticleSummary[]>([])

  const fail = (error: unknown) => {
    if (isRefused(error)) setAccess({ phase: 'denied', message: messageOf(error, FAILED) })
    else toast(messageOf(error, FAILED))
  }

  const refreshChannels = () => fetchChannels().then(setChannels, fail)

  const open = () => {
    setAccess({ phase: 'checking' })
    checkAdmin().then(
      (isAdmin) => {
        if (!isAdmin) return setAccess({ phase: 'denied', message: NOT_AN_ADMIN })
        setAccess({ phase: 'granted' })
        void refreshChannels()
        fetchLatestArticles().then(setArticles, fail)
      },
      (error: unknown) =>
        setAccess(
          isRefused(error)
            ? { phase: 'denied', message: NOT_AN_ADMIN }
            : { phase: 'error', message: messageOf(error, FAILED) },
        ),
    )
  }
  // Once per open; 重试 calls it again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(open, [])

  return { access, channels, articles, retry: open, refreshChannels, fail } as const
}
