import { createHash } from 'node:crypto'
import { imageSize } from 'image-size'

/** Formats both the mini-program and browsers show; SVG is left out, as it can carry scripts. */
const SHOWN_TYPES = new Set(['jpg', 'png', 'gif', 'webp'])

export interface InspectedImage {
  /** Its media name: a hash of its bytes and the extension of its real format. */
  name: string
  width: number
  height: number
}

/**
 * What an image really is, read from its bytes (never from its file name or
 * Content-Type): its format and size, or why these bytes are no image the
 * app shows.
 */
export function inspectImage(bytes: Uint8Array): InspectedImage | { problem: string } {
  let size: ReturnType<typeof imageSize>
  try {
    size = imageSize(bytes)
  } catch {
    return { problem: '不是可识别的图片' }
  }
  const type = size.type ?? ''
  if (!SHOWN_TYPES.has(type)) return { problem: `不支持的图片格式 ${type}（仅支持 JPEG、PNG、GIF、WebP）` }
  const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 20)}.${type}`
  // EXIF orientations 5–8 turn the picture a quarter: it shows with its sides swapped.
  const turned = (size.orientation ?? 1) >= 5
  return turned ? { name, width: size.height, height: size.width } : { name, width: size.width, height: size.height }
}
