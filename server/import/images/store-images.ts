import type { Block } from '../../../src/contract/models'
import { importedImage } from '../../core/urls'
import type { Fetcher } from '../fetch/fetcher'
import { FetchFailure } from '../fetch/http-get'
import type { MediaStore } from '../media-store'
import { inspectImage } from './inspect'
import { readLocalImage } from './local-file'

/** Where an article's images come from and where they go. */
export interface ImageSources {
  fetcher: Fetcher
  media: MediaStore
  /** The imported file's folder, where its relative paths are looked up; none for a page fetched by link. */
  folder?: string
}

export type StoredImage = { src: string; width: number; height: number } | { problem: string }

/** Downloads that may run at once: enough to hide latency, few enough to be polite to one image server. */
const CONCURRENT_DOWNLOADS = 4

/** Runs at most `max` tasks at a time; a finishing task hands its place to the next one waiting. */
function limiter(max: number) {
  let running = 0
  const waiting: (() => void)[] = []
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running < max) running++
    else await new Promise<void>((start) => waiting.push(start))
    try {
      return await task()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else running--
    }
  }
}

async function imageBytes(src: string, { fetcher, folder }: ImageSources): Promise<Buffer | { problem: string }> {
  const reference = importedImage(src)
  if (!reference) return { problem: '地址不安全或不受支持' }
  if ('local' in reference)
    return folder === undefined ? { problem: '不是网址' } : readLocalImage(reference.local, folder)
  try {
    return (await fetcher.image(new URL(reference.remote))).body
  } catch (error) {
    if (error instanceof FetchFailure) return { problem: error.message }
    throw error
  }
}

/**
 * Fetches (or reads) an image, checks that its bytes are one, stores it
 * under its content hash and answers its final src and size. An image that
 * cannot be had answers why; one that cannot be stored rejects, and then its
 * article must not be written.
 */
async function storeImage(src: string, sources: ImageSources): Promise<StoredImage> {
  const bytes = await imageBytes(src, sources)
  if (!Buffer.isBuffer(bytes)) return bytes
  const image = inspectImage(bytes)
  if ('problem' in image) return image
  return { src: await sources.media.put(image.name, bytes), width: image.width, height: image.height }
}

/** Stores each distinct image once (a cover is often the first picture too), a few at a time. */
export function imageStorer(sources: ImageSources): (src: string) => Promise<StoredImage> {
  const started = new Map<string, Promise<StoredImage>>()
  const limit = limiter(CONCURRENT_DOWNLOADS)
  return (src) => {
    let stored = started.get(src)
    if (!stored) {
      stored = limit(() => storeImage(src, sources))
      started.set(src, stored)
    }
    return stored
  }
}

export interface StoredBlocks {
  blocks: Block[]
  /** One line per image left out: which image and why. */
  problems: string[]
}

/**
 * Every image block with its stored src and measured size; an image that
 * cannot be had is left out and named in `problems`. Waits for every image
 * before it answers, so a failure to store leaves no download running.
 */
export async function storeImages(
  blocks: Block[],
  store: (src: string) => Promise<StoredImage>,
): Promise<StoredBlocks> {
  const outcomes = await Promise.allSettled(
    blocks.map((block) => (block.type === 'image' ? store(block.src) : Promise.resolve(null))),
  )
  const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected')
  if (failed) throw failed.reason
  const stored: Block[] = []
  const problems: string[] = []
  blocks.forEach((block, index) => {
    const outcome = (outcomes[index] as PromiseFulfilledResult<StoredImage | null>).value
    if (block.type !== 'image' || outcome === null) stored.push(block)
    else if ('problem' in outcome) problems.push(`图片 ${block.src.slice(0, 120)}：${outcome.problem}，已跳过`)
    else stored.push({ ...block, ...outcome })
  })
  return { blocks: stored, problems }
}

/**
 * The cover: the one named (front matter, the page's share picture) if it can
 * be had, else the body's first image. Answers the warning, if any.
 */
export async function chooseCover(
  given: string | null | undefined,
  blocks: Block[],
  store: (src: string) => Promise<StoredImage>,
): Promise<{ cover?: string; warning?: string }> {
  const first = blocks.find((block) => block.type === 'image')
  const fallback = first ? { cover: first.src } : {}
  if (!given) return fallback
  const stored = await store(given)
  if (!('problem' in stored)) return { cover: stored.src }
  return { ...fallback, warning: `封面 ${given.slice(0, 120)}：${stored.problem}，改用正文第一张图片` }
}
