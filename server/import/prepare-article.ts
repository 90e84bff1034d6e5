import { readFileSync } from 'node:fs'
import { dirname, extname } from 'node:path'
import type { Block } from '../../src/contract/models'
import { webUrl } from '../core/urls'
import type { ArticleInput } from '../store/types'
import { deriveArticleId } from './article-id'
import { conversionWarnings } from './conversion-warnings'
import { DEFAULT_CATEGORY } from './default-category'
import { excerpt } from './excerpt'
import type { Fetcher } from './fetch/fetcher'
import { readFrontMatter } from './front-matter'
import { convertHtml } from './html/convert'
import { normalizeLine } from './html/text'
import { chooseCover, imageStorer, storeImages } from './images/store-images'
import { markdownToHtml } from './markdown'
import type { MediaStore } from './media-store'

const DEFAULT_SOURCE = '梧桐台'

/** An article ready to write: everything read, checked and converted, its images stored. */
export interface PreparedArticle {
  file: string
  article: ArticleInput
  /** The name front matter gives a category it may create. */
  categoryName?: string
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

/**
 * Reads one `.md` or `.html` file and converts it into an article, storing
 * its images (local ones beside it, remote ones downloaded) but not the
 * article. A file that cannot become an article gives the reason; an image
 * that cannot be had is left out with a warning. Rejects only when an image
 * cannot be stored.
 */
export async function prepareArticle(
  file: string,
  { fetcher, media }: { fetcher: Fetcher; media: MediaStore },
  now: Date,
): Promise<Preparation> {
  const source = readSource(file)
  if (typeof source !== 'string') return { ok: false, ...source }
  const front = readFrontMatter(source)
  if (!front.ok) return front
  const { fields, body } = front

  const warnings = front.unknownFields.map((field) => `未知的 front matter 字段 ${field}，已忽略`)
  const conversion = convertHtml(isMarkdown(file) ? markdownToHtml(body) : body)
  warnings.push(...conversionWarnings(conversion))
  const sourceUrl = fields.sourceUrl ? webUrl(fields.sourceUrl) : null
  if (fields.sourceUrl && !sourceUrl)
    warnings.push(`sourceUrl ${fields.sourceUrl.slice(0, 80)} 不是 http(s) 网址，已忽略`)

  const store = imageStorer({ fetcher, media, folder: dirname(file) })
  const images = await storeImages(withoutRepeatedTitle(conversion.blocks, fields.title), store)
  warnings.push(...images.problems)
  if (images.blocks.length === 0) warnings.push('正文为空')
  const { cover, warning } = await chooseCover(fields.cover, images.blocks, store)
  if (warning) warnings.push(warning)

  const article: ArticleInput = {
    id: fields.id ?? deriveArticleId(file, fields.title),
    title: fields.title,
    summary: fields.summary ?? excerpt(images.blocks),
    ...(cover ? { cover } : {}),
    category: fields.category ?? DEFAULT_CATEGORY.id,
    source: fields.source ?? DEFAULT_SOURCE,
    publishedAt: fields.publishedAt ?? now.toISOString(),
    ...(fields.author ? { author: fields.author } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(fields.tags?.length ? { tags: fields.tags } : {}),
    blocks: images.blocks,
  }
  return {
    ok: true,
    prepared: { file, article, ...(fields.categoryName ? { categoryName: fields.categoryName } : {}), warnings },
  }
}
