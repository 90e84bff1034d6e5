import { useEffect, useState } from 'react'
import type { Data } from '../contract/api'
import { articleKey, isArticleAnswer, readCached, removeCached, writeCached } from '../device/offlineCache'
import { recordRead } from '../device/readingHistory'
import { errorCodeOf } from '../services/api'
import { fetchArticle } from '../services/articles'
import { resolveScene } from '../services/channels'
import { articleEntryOf, type ArticleEntry, type ArticleTarget } from '../utils/articleTarget'
import { sceneOfOpen } from '../utils/entry'
import { messageOf } from '../utils/errorMessage'
import { CODE_EXPIRED, goHomeSaying } from '../utils/homeNotice'
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
  /** A code that opens no article: on the way to the home list, never an error screen. */
  | { phase: 'leaving' }
  | { phase: 'error'; message: string }

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

/**
 * Where a code goes that opens no article. One that points at the home list
 * (articles.get: INVALID_ARGUMENT) opens it as intended, its scan recorded
 * by channels.resolve; an unknown, archived or malformed one opens it too,
 * and the reader is told the code is no longer valid.
 */
function leaveForHome(code: string, error?: unknown) {
  if (errorCodeOf(error) === 'INVALID_ARGUMENT') {
    resolveScene(code).then(goHome, (failure: unknown) => {
      console.warn('[entry] a home code not recorded', failure)
      goHome()
    })
    return
  }
  console.warn('[entry] this code opens no article; showing the list', error ?? code)
  goHomeSaying(CODE_EXPIRED)
}

/**
 * One `articles.get` per open (and per 重试): the article, related and
 * favorited together, by id or by an event code's channel (and by the id
 * beside it when the channel leads nowhere). An article read before paints
 * from the device at once and is refreshed behind it; when the refresh
 * fails it stays, marked offline. An article shown goes to the top of 阅读历史.
 */
export function useArticle(query: Partial<Record<string, string>>) {
  const [entry, setEntry] = useState<ArticleEntry>(() => articleEntryOf(query))
  const { target, fallbackId, code } = entry
  const [state, setState] = useState<ArticleState>(() => {
    const cached = cachedAnswer(target)
    return cached ? { phase: 'ready', cached: true, offline: false, ...cached } : { phase: 'loading' }
  })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!target) {
      if (code === undefined) setState({ phase: 'missing' })
      else {
        setState({ phase: 'leaving' })
        leaveForHome(code)
      }
      return
    }
    let current = true
    fetchArticle(target, sceneOfOpen(code !== undefined)).then(
      (answer) => {
        if (!current) return
        setState({ phase: 'ready', cached: false, offline: false, ...answer })
        remember(target, answer)
        recordRead(answer.article)
      },
      (error: unknown) => {
        if (!current) return
        const failure = errorCodeOf(error)
        if (failure !== 'NOT_FOUND' && failure !== 'INVALID_ARGUMENT') {
          setState((shown) =>
            shown.phase === 'ready'
              ? { ...shown, offline: true }
              : { phase: 'error', message: messageOf(error, '加载失败，请重试') },
          )
        } else if (target.id !== undefined) {
          removeCached(articleKey(target.id))
          setState({ phase: 'missing' })
        } else if (fallbackId) {
          setEntry({ target: { id: fallbackId } })
        } else {
          setState({ phase: 'leaving' })
          leaveForHome(code ?? target.channel, error)
        }
      },
    )
    return () => {
      current = false
    }
  }, [target, fallbackId, code, attempt])

  /** 重试, or a tap on 离线内容: the article stays on screen while it is asked for again. */
  const retry = () => {
    setState((shown) => (shown.phase === 'ready' ? { ...shown, offline: false } : { phase: 'loading' }))
    setAttempt((n) => n + 1)
  }

  return { state, id: state.phase === 'ready' ? state.article.id : target?.id, retry }
}
