import { randomUUID } from 'node:crypto'
import { renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { warnRateLimited } from '../core/rate-limited-log'
import { realDirInside, realFileInside, type MediaFile } from './media-path'

/**
 * The sizes the app asks for (src/utils/imageUrl.ts): widths for list
 * thumbnails, `<w>x<h>` for covers cropped to a shape (a chat card's 5:4).
 * Anything else is refused, so the cache of copies stays small.
 */
export const THUMBNAIL_SIZES = ['240', '360', '480', '720', '500x400'] as const

const MEDIA_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*\.(jpe?g|png|webp|gif)$/i

/** Copies being made, by target file: a list of 20 cards asks for each thumbnail at once, from many readers. */
const inFlight = new Map<string, Promise<MediaFile | null>>()

/**
 * A resized copy of a media image, made once and kept beside the originals
 * (`.thumbs/<size>/`): list thumbnails are fetched at the size they are
 * shown, not as 1080-pixel photos. The original itself when it cannot be
 * decoded (the browser may still show it); null when there is no such image
 * or size.
 */
export async function thumbnailFile(mediaRoot: string, size: string, name: string): Promise<MediaFile | null> {
  if (!(THUMBNAIL_SIZES as readonly string[]).includes(size) || !MEDIA_NAME.test(name)) return null
  const original = realFileInside(mediaRoot, name)
  if (!original) return null
  const made = realFileInside(mediaRoot, join('.thumbs', size, name))
  if (made) return made
  const key = join(original.root, '.thumbs', size, name)
  let work = inFlight.get(key)
  if (!work) {
    work = makeThumbnail(mediaRoot, original, size, name).finally(() => inFlight.delete(key))
    inFlight.set(key, work)
  }
  return work
}

async function makeThumbnail(mediaRoot: string, original: MediaFile, size: string, name: string) {
  const dir = realDirInside(mediaRoot, '.thumbs', size)
  if (!dir) return null
  // Unique, so that two hosts on one data folder never write into each other's copy.
  const partial = join(dir, `.${name}.${randomUUID()}.partial`)
  const [width, height] = size.split('x').map(Number)
  try {
    await sharp(join(original.root, original.path))
      .resize(height ? { width, height, fit: 'cover', position: 'centre' } : { width, withoutEnlargement: true })
      .toFile(partial)
  } catch (error) {
    rmSync(partial, { force: true })
    warnRateLimited('[thumbnails] cannot decode, serving the original', name, String(error))
    return original
  }
  renameSync(partial, join(dir, name))
  return realFileInside(mediaRoot, join('.thumbs', size, name))
}
