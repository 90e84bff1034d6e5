import { useReady } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { saveImageToAlbum, shareImage } from '../device/album'
import { ApiClientError } from '../services/api'
import { fetchPoster, type PosterSource } from '../services/poster'
import { renderPoster } from '../services/posterCanvas'

export type PosterState =
  | { phase: 'loading' }
  | { phase: 'ready'; picture: string }
  /** `canRetry`: false when asking again cannot help (the article is gone, the link was never valid). */
  | { phase: 'error'; message: string; canRetry: boolean }

const NO_ARTICLE = '海报链接不完整，请返回文章重新生成'
const DRAWING_FAILED = '海报生成失败，请重试'

const isFinal = (error: unknown) =>
  error instanceof ApiClientError && (error.code === 'NOT_FOUND' || error.code === 'INVALID_ARGUMENT')

/**
 * The poster of one article: its text and code from one articles.code call
 * (never from the page's URL), drawn once the page and its canvas are on
 * screen, then offered as a picture to save or share. 重试 asks again only
 * when the answer did not come; a failed drawing is redrawn from it.
 */
export function usePoster(canvasSelector: string, articleId: string | null) {
  const [state, setState] = useState<PosterState>(
    articleId ? { phase: 'loading' } : { phase: 'error', message: NO_ARTICLE, canRetry: false },
  )
  const [source, setSource] = useState<PosterSource | null>(null)
  const [onScreen, setOnScreen] = useState(false)
  useReady(() => setOnScreen(true))

  const load = useCallback(() => {
    if (!articleId) return
    setState({ phase: 'loading' })
    fetchPoster(articleId).then(setSource, (error: unknown) =>
      setState({
        phase: 'error',
        message: error instanceof ApiClientError ? error.message : DRAWING_FAILED,
        canRetry: !isFinal(error),
      }),
    )
  }, [articleId])
  useEffect(load, [load])

  const draw = useCallback(
    ({ article, url }: PosterSource) => {
      setState({ phase: 'loading' })
      renderPoster(canvasSelector, article, url).then(
        (picture) => setState({ phase: 'ready', picture }),
        (error: unknown) => {
          console.warn('[poster] drawing failed', error)
          setState({ phase: 'error', message: DRAWING_FAILED, canRetry: true })
        },
      )
    },
    [canvasSelector],
  )
  useEffect(() => {
    if (onScreen && source) draw(source)
  }, [onScreen, source, draw])

  const picture = state.phase === 'ready' ? state.picture : undefined
  return {
    state,
    retry: () => (source ? draw(source) : load()),
    save: () => (picture ? saveImageToAlbum(picture) : undefined),
    share: () => (picture ? shareImage(picture) : undefined),
  } as const
}
