import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { basename, join } from 'node:path'
import sharp from 'sharp'

/**
 * The sizes the app asks for (src/utils/imageUrl.ts): widths for list
 * thumbnails, `<w>x<h>` for covers cropped to a shape (a chat card's 5:4).
 * Anything else is refused, so the cache of copies stays small.
 */
export const THUMBNAIL_SIZES = ['240', '360', '480', '720', '500x400'] as const

const MEDIA_NAME = /^[A-Za-z0-9_.-]+\.(jpe?g|png|webp|gif)$/i

/**
 * A resized copy of a media image, made once and kept beside the originals
 * (`.thumbs/<size>/`): list thumbnails are fetched at the size they are
 * shown, not as 1080-pixel photos. Null when there is no such image or size.
 */
export async function thumbnailFile(mediaRoot: string, size: string, name: string): Promise<string | null> {
  if (!(THUMBNAIL_SIZES as readonly string[]).includes(size) || !MEDIA_NAME.test(name) || basename(name) !== name)
    return null
  const original = join(mediaRoot, name)
  if (!existsSync(original)) return null
  const dir = join(mediaRoot, '.thumbs', size)
  const target = join(dir, name)
  if (existsSync(target)) return target
  mkdirSync(dir, { recursive: true })
  const partial = `${target}.${process.pid}.partial`
  const [width, height] = size.split('x').map(Number)
  await sharp(original)
    .resize(height ? { width, height, fit: 'cover', position: 'centre' } : { width, withoutEnlargement: true })
    .toFile(partial)
  renameSync(partial, target)
  return target
}
