import { useReachBottom } from '@tarojs/taro'
import { useState } from 'react'
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
  const blocks = article?.blocks ?? []
  const end = drawn && drawn.id === article?.id ? drawn.end : nextBodyEnd(blocks, 0)

  useReachBottom(() => {
    if (article && end < blocks.length) setDrawn({ id: article.id, end: nextBodyEnd(blocks, end) })
  })

  return { end, complete: end >= blocks.length }
}
