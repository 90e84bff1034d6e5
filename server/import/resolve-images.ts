import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { imageSize } from 'image-size'
import type { Block } from '../../src/contract/models'
import { imageSource } from './html/urls'
import type { MediaStore } from './media-store'

/** A local image to store before its article is written. */
export interface LocalImage {
  name: string
  file: string
}

/** Formats both the mini-program and browsers show; SVG is left out, as it can carry scripts. */
const SHOWN_TYPES = new Set(['jpg', 'png', 'gif', 'webp'])

export type ImageResolution =
  { src: string; measured?: { width: number; height: number }; local?: LocalImage } | { problem: string }

/** `images/a%20b.png?v=2` → `images/a b.png`. */
function filePath(src: string, baseDir: string) {
  const path = src.replace(/[?#].*$/, '')
  let decoded = path
  try {
    decoded = decodeURIComponent(path)
  } catch {
    // Not percent-encoded after all: the path is used as written.
  }
  return resolve(baseDir, decoded)
}

function readLocal(src: string, baseDir: string, media: MediaStore): ImageResolution {
  const file = filePath(src, baseDir)
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { problem: code === 'ENOENT' ? `找不到文件 ${file}` : `无法读取文件 ${file}（${code ?? String(error)}）` }
  }
  let size: ReturnType<typeof imageSize>
  try {
    size = imageSize(bytes)
  } catch {
    return { problem: '无法识别的图片格式' }
  }
  const type = size.type ?? ''
  if (!SHOWN_TYPES.has(type)) return { problem: `不支持的图片格式 ${type}（仅支持 JPEG、PNG、GIF、WebP）` }
  const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 20)}.${type}`
  // EXIF orientations 5–8 turn the picture a quarter: it shows with its sides swapped.
  const turned = (size.orientation ?? 1) >= 5
  return {
    src: media.urlFor(name),
    measured: turned ? { width: size.height, height: size.width } : { width: size.width, height: size.height },
    local: { name, file },
  }
}

/**
 * Finds an image: a remote one keeps its URL (and the size its markup gave);
 * a local one, relative to the article's folder, is measured and gets its
 * media name. Nothing is written here.
 */
export function resolveImage(src: string, baseDir: string, media: MediaStore): ImageResolution {
  const source = imageSource(src)
  if (!source) return { problem: '地址不安全或不受支持' }
  return source.remote ? { src: source.url } : readLocal(source.path, baseDir, media)
}

export interface ResolvedBlocks {
  blocks: Block[]
  localImages: LocalImage[]
  /** One line per image left out: which image and why. */
  problems: string[]
}

/** Resolves every image block; one that cannot be found is left out and named in `problems`. */
export function resolveImages(blocks: Block[], baseDir: string, media: MediaStore): ResolvedBlocks {
  const localImages = new Map<string, LocalImage>()
  const problems: string[] = []
  const resolved: Block[] = []
  for (const block of blocks) {
    if (block.type !== 'image') {
      resolved.push(block)
      continue
    }
    const found = resolveImage(block.src, baseDir, media)
    if ('problem' in found) {
      problems.push(`图片 ${block.src}：${found.problem}，已跳过`)
      continue
    }
    if (found.local) localImages.set(found.local.name, found.local)
    resolved.push({ ...block, src: found.src, ...found.measured })
  }
  return { blocks: resolved, localImages: [...localImages.values()], problems }
}
