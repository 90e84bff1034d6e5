import { useReady } from '@tarojs/taro'
import { useState } from 'react'
import { saveImageToAlbum } from '../device/album'
import { fetchPosterCode } from '../services/poster'
import { renderPoster } from '../services/posterCanvas'
import type { PosterArticle } from '../utils/posterLink'

export type PosterState =
  { phase: 'drawing' } | { phase: 'ready'; picture: string } | { phase: 'error'; message: string }

/**
 * The poster for `article`: drawn once the page (and its canvas) is on
 * screen, then offered as a picture to save. The article's mini-program
 * code is asked for at once, while the page comes up; without it, a
 * placeholder.
 */
export function usePoster(canvasSelector: string, article: PosterArticle | null) {
  const [state, setState] = useState<PosterState>(
    article ? { phase: 'drawing' } : { phase: 'error', message: '海报信息不完整，请返回文章重新生成' },
  )

  // Asked for once, as the page opens; each drawing (and 重试) waits for the same answer.
  const [code] = useState(() => (article ? fetchPosterCode(article.id) : undefined))

  function draw() {
    if (!article || !code) return
    setState({ phase: 'drawing' })
    code
      .then((codeUrl) => renderPoster(canvasSelector, article, codeUrl))
      .then(
        (picture) => setState({ phase: 'ready', picture }),
        (error: unknown) => {
          console.warn('[poster] drawing failed', error)
          setState({ phase: 'error', message: '海报生成失败，请重试' })
        },
      )
  }
  useReady(draw)

  return {
    state,
    retry: draw,
    save: () => (state.phase === 'ready' ? saveImageToAlbum(state.picture) : undefined),
  } as const
}
