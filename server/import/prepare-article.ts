import { readFileSync } from 'node:fs'
import { dirname, extname } from 'node:path'
import type { Block } from '../../src/contract/models'
import type { ArticleInput } from '../store/types'
import { deriveArticleId } from './article-id'
import { excerpt } from './excerpt'
import { readFrontMatter } from './front-matter'
import { convertHtml } from './html/convert'
import { normalizeLine } from './html/text'
import { markdownToHtml } from './markdown'
import type { MediaStore } from './media-store'
import { resolveImage, resolveImages, type LocalImage } from './resolve-images'

export const DEFAULT_CATEGORY = { id: 'news', name: '资讯' }
const DEFAULT_SOURCE = '梧桐台'

/** An article ready to write: everything read, checked and converted. */
export interface PreparedArticle {
  file: string
  article: ArticleInput
  /** The name front matter gives a category it may create. */
  categoryName?: string
  /** Stored before the article, which refers to them. */
  localImages: LocalImage[]
  warnings: string[]
}

export type Preparation = { ok: true; prepared: PreparedArticle } | { ok: false; reason: string }

const isMarkdown = (file: string) => extname(file).toLowerCase() === '.md'

/** Markdown files often open with the title as a heading; the page shows the title already. */
function withoutRepeatedTitle(blocks: Block[], title: string) {
  const [first] = blocks
  return first?.type === 'heading' && normalizeLine(first.text) === normalizeLine(title) ? blocks.slice(1) : blocks
}

function readSource(file: string): string | { reason: string } {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    return { reason: `无法读取文件（${(error as NodeJS.ErrnoException).code ?? String(error)}）` }
  }
}

/** The front matter's cover if it can be found, else the body's first image. */
function chooseCover(
  given: string | null | undefined,
  blocks: Block[],
  baseDir: string,
  media: MediaStore,
  warnings: string[],
) {
  if (given) {
    const found = resolveImage(given, baseDir, media)
    if (!('problem' in found)) return found
    warnings.push(`封面 ${given}：${found.problem}，改用正文第一张图片`)
  }
  const first = blocks.find((block) => block.type === 'image')
  return first ? { src: first.src, local: undefined } : null
}

/**
 * Reads one `.md` or `.html` file and converts it into an article, without
 * writing anything. A file that cannot become an article gives the reason;
 * an image that cannot be found is left out with a warning.
 */
export function prepareArticle(file: string, media: MediaStore, now: Date): Preparation {
  const source = readSource(file)
  if (typeof source !== 'string') return { ok: false, ...source }
  const front = readFrontMatter(source)
  if (!front.ok) return front
  const { fields, body } = front

  const warnings = front.unknownFields.map((field) => `未知的 front matter 字段 ${field}，已忽略`)
  const conversion = convertHtml(isMarkdown(file) ? markdownToHtml(body) : body)
  for (const skipped of conversion.skippedImages)
    warnings.push(skipped ? `图片地址不可用：${skipped.slice(0, 80)}，已跳过` : '有一张图片没有地址，已跳过')

  const baseDir = dirname(file)
  const images = resolveImages(withoutRepeatedTitle(conversion.blocks, fields.title), baseDir, media)
  warnings.push(...images.problems)
  const localImages = new Map(images.localImages.map((image) => [image.name, image]))
  if (images.blocks.length === 0) warnings.push('正文为空')

  const cover = chooseCover(fields.cover, images.blocks, baseDir, media, warnings)
  if (cover?.local) localImages.set(cover.local.name, cover.local)

  const article: ArticleInput = {
    id: fields.id ?? deriveArticleId(file, fields.title),
    title: fields.title,
    summary: fields.summary ?? excerpt(images.blocks),
    ...(cover ? { cover: cover.src } : {}),
    category: fields.category ?? DEFAULT_CATEGORY.id,
    source: fields.source ?? DEFAULT_SOURCE,
    publishedAt: fields.publishedAt ?? now.toISOString(),
    ...(fields.author ? { author: fields.author } : {}),
    ...(fields.sourceUrl ? { sourceUrl: fields.sourceUrl } : {}),
    ...(fields.tags?.length ? { tags: fields.tags } : {}),
    blocks: images.blocks,
  }
  return {
    ok: true,
    prepared: {
      file,
      article,
      ...(fields.categoryName ? { categoryName: fields.categoryName } : {}),
      localImages: [...localImages.values()],
      warnings,
    },
  }
}
