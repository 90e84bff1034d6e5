import type { Store } from '../store/types'
import { collectArticleFiles } from './collect-files'
import { createFetcher, type Fetcher } from './fetch/fetcher'
import type { MediaStore } from './media-store'
import { DEFAULT_CATEGORY } from './default-category'
import { prepareArticle, type PreparedArticle } from './prepare-article'

/**
 * Where the importer writes: any Store (SQLite here, CloudBase from a
 * workstation) and any media store.
 */
export interface ImportTarget {
  store: Pick<Store, 'listCategories' | 'upsertCategory' | 'upsertArticle' | 'hasArticle'>
  media: MediaStore
}

export interface ImportedArticle {
  file: string
  id: string
  title: string
}

export interface ImportReport {
  imported: ImportedArticle[]
  updated: ImportedArticle[]
  failed: { file: string; reason: string }[]
  warnings: { file: string; message: string }[]
}

export interface ImportOptions {
  /** Downloads remote images: public hosts, plus WTT_IMPORT_HOSTS on the local host. */
  fetcher?: Fetcher
  /** The default publish time. */
  now?: Date
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Creates the article's category when it is new, named by front matter (else
 * by its id; `news` is 资讯). An existing category keeps its name: an
 * operator may have renamed it. Returns a warning when the names differ.
 */
async function ensureCategory(
  prepared: PreparedArticle,
  known: Map<string, string>,
  store: ImportTarget['store'],
): Promise<string | null> {
  const id = prepared.article.category
  const existing = known.get(id)
  if (existing !== undefined)
    return prepared.categoryName && prepared.categoryName !== existing
      ? `分类 ${id} 已存在，名称仍为“${existing}”`
      : null
  const name = prepared.categoryName ?? (id === DEFAULT_CATEGORY.id ? DEFAULT_CATEGORY.name : id)
  await store.upsertCategory({ id, name })
  known.set(id, name)
  return null
}

/**
 * Imports the article files under `paths`. Every file is read and converted,
 * and its images stored, before any article is written, so a bad file costs
 * only itself and no article is ever half written: an article goes in with
 * one upsert, after its images and its category.
 */
export async function importArticles(
  paths: string[],
  target: ImportTarget,
  { fetcher = createFetcher(), now = new Date() }: ImportOptions = {},
): Promise<ImportReport> {
  const report: ImportReport = { imported: [], updated: [], failed: [], warnings: [] }
  const { files, rejected } = collectArticleFiles(paths)
  report.failed.push(...rejected)
  if (files.length === 0 && rejected.length === 0)
    report.failed.push({ file: paths.join(' '), reason: '没有找到 .md、.html 或 .htm 文件' })

  const ready: PreparedArticle[] = []
  const fileOfId = new Map<string, string>()
  for (const file of files) {
    let preparation
    try {
      preparation = await prepareArticle(file, { fetcher, media: target.media }, now)
    } catch (error) {
      report.failed.push({ file, reason: `图片保存失败：${messageOf(error)}` })
      continue
    }
    if (!preparation.ok) {
      report.failed.push({ file, reason: preparation.reason })
      continue
    }
    const { prepared } = preparation
    const earlier = fileOfId.get(prepared.article.id)
    if (earlier) {
      report.failed.push({
        file,
        reason: `id “${prepared.article.id}” 与 ${earlier} 重复，请在 front matter 中写明不同的 id`,
      })
      continue
    }
    fileOfId.set(prepared.article.id, file)
    report.warnings.push(...prepared.warnings.map((message) => ({ file, message })))
    ready.push(prepared)
  }

  const categories = new Map((await target.store.listCategories()).map((category) => [category.id, category.name]))
  for (const prepared of ready) {
    const { file } = prepared
    try {
      const { article } = prepared
      const warning = await ensureCategory(prepared, categories, target.store)
      if (warning) report.warnings.push({ file, message: warning })
      // Re-publishing an unpublished article counts as new: readers see it appear.
      const existed = await target.store.hasArticle(article.id)
      await target.store.upsertArticle(article)
      ;(existed ? report.updated : report.imported).push({ file, id: article.id, title: article.title })
    } catch (error) {
      report.failed.push({ file, reason: `写入失败：${messageOf(error)}` })
    }
  }
  return report
}
