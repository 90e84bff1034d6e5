import { useEffect, useState } from 'react'
import type { Data } from '../contract/api'
import { ApiClientError } from '../services/api'
import { fetchArticle } from '../services/articles'
import { recordRead } from '../services/readingHistory'
import { enterScene } from '../utils/entry'

export type ArticleState =
  | { phase: 'loading' }
  | ({ phase: 'ready' } & Data<'articles.get'>)
  /** Unknown, unpublished or malformed id: 文章不存在. */
  | { phase: 'missing' }
  | { phase: 'error'; message: string }

const isMissing = (error: unknown) =>
  error instanceof ApiClientError && (error.code === 'NOT_FOUND' || error.code === 'INVALID_ARGUMENT')

/**
 * One `articles.get` per open (and per 重试): the article, related and
 * favorited together. An article shown goes to the top of 阅读历史.
 */
export function useArticle(id: string | undefined) {
  const [state, setState] = useState<ArticleState>({ phase: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!id) {
      setState({ phase: 'missing' })
      return
    }
    let current = true
    setState({ phase: 'loading' })
    fetchArticle(id, enterScene()).then(
      (data) => {
        if (!current) return
        setState({ phase: 'ready', ...data })
        recordRead(data.article)
      },
      (error: unknown) => {
        if (!current) return
        setState(
          isMissing(error)
            ? { phase: 'missing' }
            : { phase: 'error', message: error instanceof Error ? error.message : '加载失败，请重试' },
        )
      },
    )
    return () => {
      current = false
    }
  }, [id, attempt])

  return { state, retry: () => setAttempt((n) => n + 1) }
}
