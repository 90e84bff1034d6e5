import { useRef, useState } from 'react'
import type { ArticleSummary } from '../contract/models'
import { findArticles } from '../services/admin'
import { messageOf } from '../utils/errorMessage'

export type ArticleSearch =
  | { phase: 'idle' }
  | { phase: 'searching' }
  | { phase: 'done'; items: ArticleSummary[] }
  | { phase: 'error'; message: string }

/** articles.search takes 1–50 characters. */
const MAX_QUERY = 50

/**
 * Finding an article older than the newest ones by the words of its title,
 * for a picker: the latest query's answer wins; an empty query goes back to
 * the newest articles.
 */
export function useOperatorsArticleSearch() {
  const [query, setQuery] = useState('')
  const [search, setSearch] = useState<ArticleSearch>({ phase: 'idle' })
  const latest = useRef(0)

  function submit() {
    const q = query.trim().slice(0, MAX_QUERY)
    const ticket = ++latest.current
    if (!q) return setSearch({ phase: 'idle' })
    setSearch({ phase: 'searching' })
    findArticles(q).then(
      (items) => ticket === latest.current && setSearch({ phase: 'done', items }),
      (error: unknown) =>
        ticket === latest.current && setSearch({ phase: 'error', message: messageOf(error, '搜索失败，请重试') }),
    )
  }

  function reset() {
    latest.current++
    setQuery('')
    setSearch({ phase: 'idle' })
  }

  return { query, setQuery, search, submit, reset } as const
}
