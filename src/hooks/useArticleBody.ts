import { useReachBottom } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import type { Article } from '../contract/models'
import { nextBodyEnd } from '../utils/bodyChunks'

/**
 * How much of a long article's body is drawn: the first piece at once, the
 * next each time the reader reaches the bottom (nextBodyEnd), so no setData
 * is too large and the page starts light. The same article refreshed (a
 * cached paint, then the answer) keeps what is drawn.
 */
export function useArticleBody(article: Article | undefined) {
  const [drawn, setDrawn] = useState<{ id: string; end: number }>()
  const blocks = useMemo(() => article?.blocks ?? [], [article])
  // Measuring a piece stringifies its blocks: once per article, not on every render (font size, 收藏).
  const firstEnd = useMemo(() => nextBodyEnd(blocks, 0), [blocks])
  const end = drawn && drawn.id === article?.id ? drawn.end : firstEnd

  useReachBottom(() => {
    if (article && end < blocks.length) setDrawn({ id: article.id, end: nextBodyEnd(blocks, end) })
  })

  return { end, complete: end >= blocks.length }
}
