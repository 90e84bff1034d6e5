import { Button, Canvas, Image, View } from '@tarojs/components'
import { usePoster } from '../../hooks/usePoster'
import { backOrHome, isLandingPage } from '../../utils/navigation'
import './index.scss'

const CANVAS_ID = 'poster-canvas'

/**
 * 生成海报: draws the poster on a 2d canvas kept off screen, and shows the
 * exported picture, which long-press, 保存到相册 and 分享 all work on. When
 * there is no poster to show, 重试 where asking again can help, and always
 * a way back (home, when the page was opened from nowhere).
 */
export default function PosterCanvas({ articleId }: { articleId: string | null }) {
  const { state, retry, save, share } = usePoster(`#${CANVAS_ID}`, articleId)
  return (
    <View className='poster'>
      <Canvas type='2d' id={CANVAS_ID} className='poster__canvas' />
      {state.phase === 'loading' && <View className='poster__frame poster__frame--loading'>正在生成海报…</View>}
      {state.phase === 'ready' && <Image className='poster__frame' src={state.picture} showMenuByLongpress />}
      {state.phase === 'error' && <View className='poster__status'>{state.message}</View>}
      {state.phase === 'ready' && (
        <View className='poster__actions'>
          <View className='poster__buttons'>
            <Button className='poster__button poster__button--primary' onClick={save}>
              保存到相册
            </Button>
            {process.env.TARO_ENV === 'weapp' && (
              <Button className='poster__button' onClick={share}>
                分享
              </Button>
            )}
          </View>
          <View className='poster__hint'>保存后可分享到朋友圈或发送给朋友</View>
        </View>
      )}
      {state.phase === 'error' && (
        <View className='poster__actions'>
          <View className='poster__buttons'>
            {state.canRetry && (
              <Button className='poster__button poster__button--primary' onClick={retry}>
                重试
              </Button>
            )}
            <Button className='poster__button' onClick={() => backOrHome()}>
              {isLandingPage() ? '返回首页' : '返回'}
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}
