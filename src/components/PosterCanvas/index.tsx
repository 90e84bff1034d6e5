import { Button, Canvas, Image, View } from '@tarojs/components'
import { usePoster } from '../../hooks/usePoster'
import type { PosterArticle } from '../../utils/posterLink'
import './index.scss'

const CANVAS_ID = 'poster-canvas'

/**
 * 生成海报: draws the poster on a 2d canvas kept off screen, and shows the
 * exported picture, which long-press and 保存到相册 both work on.
 */
export default function PosterCanvas({ article }: { article: PosterArticle | null }) {
  const { state, retry, save } = usePoster(`#${CANVAS_ID}`, article)
  return (
    <View className='poster'>
      <Canvas type='2d' id={CANVAS_ID} className='poster__canvas' />
      {state.phase === 'drawing' && <View className='poster__frame poster__frame--message'>正在生成海报…</View>}
      {state.phase === 'ready' && <Image className='poster__frame' src={state.picture} showMenuByLongpress />}
      {state.phase === 'error' && <View className='poster__frame poster__frame--message'>{state.message}</View>}
      <View className='poster__actions'>
        {state.phase === 'ready' && (
          <Button className='poster__button' onClick={save}>
            保存到相册
          </Button>
        )}
        {state.phase === 'error' && article && (
          <Button className='poster__button' onClick={retry}>
            重试
          </Button>
        )}
        <View className='poster__hint'>保存后可分享到朋友圈或发送给朋友</View>
      </View>
    </View>
  )
}
