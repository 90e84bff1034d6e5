import { Image, View } from '@tarojs/components'
import type { ImageBlock } from '../../contract/models'

interface Props {
  image: ImageBlock
  onOpen: (src: string) => void
}

/**
 * Full width with its aspect ratio reserved before it loads (padding-top is
 * a share of the width), so text below never jumps; loaded lazily.
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
        <Image
          className={known ? 'article-body__image article-body__image--fill' : 'article-body__image'}
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
