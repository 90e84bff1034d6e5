import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ArticleSummary } from '../contract/models'
import { checkAdmin, fetchLatestArticles } from '../services/admin'
import { ApiClientError } from '../services/api'
import { toast } from '../utils/feedback'
import { messageOf } from '../utils/errorMessage'

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
 * The articles the page knows by id (the newest, and any picked after a
 * search), to name a channel's target: channels carry only its id.
 */
export interface ArticleCatalog {
  latest: ArticleSummary[]
  titleOf: (articleId: string) => string
  remember: (article: ArticleSummary | null) => void
}

/**
 * The operators' page: who may see it (me.get's isAdmin, asked before any
 * admin action so that a reader never sends one), then the newest articles
 * to pick from. `fail` is every admin action's error handler: a refusal
 * from the server closes the page whatever me.get said (the list of admins
 * lives on the server and may have changed); anything else is a toast, and
 * the page stays. `closeIfRefused` is the same for a screen that says its
 * other errors itself.
 */
export function useOperators() {
  const [access, setAccess] = useState<OperatorsAccess>({ phase: 'checking' })
  const [articles, setArticles] = useState<ArticleSummary[]>([])
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(new Map())

  /** For errors the screen shows itself (a list's 重试): only a refusal is the page's business. */
  const closeIfRefused = useCallback((error: unknown) => {
    if (isRefused(error)) setAccess({ phase: 'denied', message: messageOf(error, FAILED) })
  }, [])

  const fail = useCallback(
    (error: unknown) => {
      if (isRefused(error)) closeIfRefused(error)
      else toast(messageOf(error, FAILED))
    },
    [closeIfRefused],
  )

  const open = () => {
    setAccess({ phase: 'checking' })
    checkAdmin().then(
      (isAdmin) => {
        if (!isAdmin) return setAccess({ phase: 'denied', message: NOT_AN_ADMIN })
        setAccess({ phase: 'granted' })
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

  const catalog = useMemo<ArticleCatalog>(() => {
    const titles = new Map([...articles.map((article): [string, string] => [article.id, article.title]), ...picked])
    return {
      latest: articles,
      // An article older than the newest ones, never picked here: its id is all the page has.
      titleOf: (articleId) => titles.get(articleId) ?? `文章 ${articleId}`,
      remember: (article) =>
        article && !titles.has(article.id) && setPicked((known) => new Map(known).set(article.id, article.title)),
    }
  }, [articles, picked])

  return { access, catalog, retry: open, fail, closeIfRefused } as const
}
