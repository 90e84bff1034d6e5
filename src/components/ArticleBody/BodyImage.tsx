import { View } from '@tarojs/components'
import type { ImageBlock } from '../../contract/models'
import SafeImage from '../SafeImage'

interface Props {
  image: ImageBlock
  onOpen: (src: string) => void
}

/**
 * Full width with its aspect ratio reserved before it loads (padding-top is
 * a share of the width), so text below never jumps; loaded lazily. One that
 * cannot load (offline) leaves a neutral box.
 */
export default function BodyImage({ image, onOpen }: Props) {
  const { src, width, height, alt, caption } = image
  const known = Boolean(width && height)
  return (
    <View className='article-body__figure'>
      <View
        className='article-body__frame'
        style={known ? { paddingTop: `${((height as number) / (width as number)) * 100}%` } : undefined}
      >
        <SafeImage
          className={known ? 'article-body__image article-body__image--fill' : 'article-body__image'}
          fallbackClassName={known ? undefined : 'article-body__image article-body__image--missing'}
          src={src}
          mode={known ? 'aspectFill' : 'widthFix'}
          lazyLoad
          ariaLabel={alt}
          onClick={() => onOpen(src)}
        />
      </View>
      {caption && <View className='article-body__caption'>{caption}</View>}
    </View>
  )
}
