import { Image, View, type ImageProps } from '@tarojs/components'
import { useState } from 'react'

interface Props extends ImageProps {
  /** The placeholder's class when it should differ from the image's (a picture of unknown size). */
  fallbackClassName?: string
}

/**
 * An image that, when it cannot load (offline, gone), leaves a neutral box
 * in its place (its class's background) rather than a browser's
 * broken-image icon. The box is the image's own class, so it keeps its size.
 */
export default function SafeImage({ fallbackClassName, onError, ...image }: Props) {
  const [failed, setFailed] = useState<string>()
  if (failed !== undefined && failed === image.src) return <View className={fallbackClassName ?? image.className} />
  return (
    <Image
      {...image}
      onError={(event) => {
        setFailed(image.src)
        onError?.(event)
      }}
    />
  )
}
