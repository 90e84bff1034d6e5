import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { basename, join } from 'node:path'
import sharp from 'sharp'

/** The widths the app asks for; anything else is refused, so the cache stays small. */
export const THUMBNAIL_WIDTHS = [240, 360, 480, 720] as const

const MEDIA_NAME = /^[A-Za-z0-9_.-]+\.(jpe?g|png|webp|gif)$/i

/**
 * A resized copy of a media image, made once and kept beside the originals
 * (`.thumbs/<width>/`): list thumbnails are fetched at the size they are
 * shown, not as 1080-pixel photos. Null when there is no such image.
 */
export async function thumbnailFile(mediaRoot: string, width: number, name: string): Promise<string | null> {
  if (!(THUMBNAIL_WIDTHS as readonly number[]).includes(width) || !MEDIA_NAME.test(name) || basename(name) !== name)
    return null
  const original = join(mediaRoot, name)
  if (!existsSync(original)) return null
  const dir = join(mediaRoot, '.thumbs', String(width))
  const target = join(dir, name)
  if (existsSync(target)) return target
  mkdirSync(dir, { recursive: true })
  const partial = `${target}.${process.pid}.partial`
  await sharp(original).resize({ width, withoutEnlargement: true }).toFile(partial)
  renameSync(partial, target)
  return target
}
