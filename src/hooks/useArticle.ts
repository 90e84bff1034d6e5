import { useEffect, useState } from 'react'
import type { Data } from '../contract/api'
import { isArticleAnswer, readCached, removeCached, writeCached } from '../device/offlineCache'
import { recordRead } from '../device/readingHistory'
import { ApiClientError } from '../services/api'
import { fetchArticle } from '../services/articles'
import { articleTargetOf, type ArticleTarget } from '../utils/articleTarget'
import { enterScene } from '../utils/entry'
import { messageOf } from '../utils/errorMessage'
import { goHome } from '../utils/navigation'

type Answer = Data<'articles.get'>

export type ArticleState =
  | { phase: 'loading' }
  | ({
      phase: 'ready'
      /** Painted from the device; the network has not answered yet. */
      cached: boolean
      /** The refresh failed: what shows may be out of date (离线内容). */
      offline: boolean
    } & Answer)
  /** Unknown, unpublished or malformed id: 文章不存在. */
  | { phase: 'missing' }
  | { phase: 'error'; message: string }

const isMissing = (error: unknown) =>
  error instanceof ApiClientError && (error.code === 'NOT_FOUND' || error.code === 'INVALID_ARGUMENT')

const articleKey = (id: string) => `article:${id}`
/** A code scanned again opens its article from the device too. */
const channelKey = (code: string) => `channel:${code}`
const isString = (value: unknown): value is string => typeof value === 'string'

function cachedAnswer(target: ArticleTarget | null): Answer | undefined {
  const id = target && (target.id ?? readCached(channelKey(target.channel), isString)?.value)
  return id ? readCached(articleKey(id), isArticleAnswer)?.value : undefined
}

function remember(target: ArticleTarget, answer: Answer) {
  writeCached(articleKey(answer.article.id), answer)
  if (target.channel) writeCached(channelKey(target.channel), answer.article.id)
}

/** A code that leads nowhere (malformed, unknown, expired) drops the reader on the list, never on an error. */
function leaveForHome(reason: unknown) {
  console.warn('[entry] this code opens no article; showing the list', reason)
  goHome()
}

/**
 * One `articles.get` per open (and per 重试): the article, related and
 * favorited together, by id or by an event code's channel. An article read
 * before paints from the device at once and is refreshed behind it; when
 * the refresh fails it stays, marked offline. An article shown goes to the
 * top of 阅读历史.
 */
export function useArticle(query: Partial<Record<string, string>>) {
  const [{ target, fromCode }] = useState(() => articleTargetOf(query))
  const [state, setState] = useState<ArticleState>(() => {
    const cached = cachedAnswer(target)
    return cached ? { phase: 'ready', cached: true, offline: false, ...cached } : { phase: 'loading' }
  })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!target) {
      setState({ phase: 'missing' })
      if (fromCode) leaveForHome('malformed scene')
      return
    }
    let current = true
    fetchArticle(target, enterScene()).then(
      (answer) => {
        if (!current) return
        setState({ phase: 'ready', cached: false, offline: false, ...answer })
        remember(target, answer)
        recordRead(answer.article)
      },
      (error: unknown) => {
        if (!current) return
        if (isMissing(error)) {
          if (target.id) removeCached(articleKey(target.id))
          setState({ phase: 'missing' })
          if (fromCode) leaveForHome(error)
        } else
          setState((shown) =>
            shown.phase === 'ready' ? { ...shown, offline: true } : { phase: 'error', message: messageOf(error, '加载失败，请重试') },
          )
      },
    )
    return () => {
      current = false
    }
  }, [target, fromCode, attempt])

  /** 重试, or a tap on 离线内容: the article stays on screen while it is asked for again. */
  const retry = () => {
    setState((shown) => (shown.phase === 'ready' ? { ...shown, offline: false } : { phase: 'loading' }))
    setAttempt((n) => n + 1)
  }

  return { state, id: state.phase === 'ready' ? state.article.id : target?.id, retry }
}
