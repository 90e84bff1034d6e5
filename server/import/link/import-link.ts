import type { Block } from '../../../src/contract/models'
import { ApiFailure, invalid } from '../../core/errors'
import { webUrl } from '../../core/urls'
import type { ArticleInput, Store } from '../../store/types'
import { conversionWarnings } from '../conversion-warnings'
import { DEFAULT_CATEGORY } from '../default-category'
import { excerpt } from '../excerpt'
import type { Fetcher } from '../fetch/fetcher'
import { FetchFailure, type Fetched } from '../fetch/http-get'
import { convertHtml } from '../html/convert'
import { chooseCover, imageStorer, storeImages } from '../images/store-images'
import { articleIdentity, articleIdOf, pastedLink } from './article-link'
import { readOfficialAccountPage, whyNotAnArticle } from './official-account-page'
import type { ImportServices, LinkImport, LinkImporter } from './services'

/** When the page names no account. */
const UNKNOWN_ACCOUNT = '微信公众号'
const MAX = { title: 100, source: 50, author: 50, summary: 150 }

const cut = (text: string, max: number) => {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

/** The category to file the article under: one that exists, or 资讯, made if missing. */
async function chosenCategory(store: Pick<Store, 'listCategories'>, given: string | undefined) {
  const known = await store.listCategories()
  const id = given ?? DEFAULT_CATEGORY.id
  if (known.some((category) => category.id === id)) return { id }
  if (given) throw invalid('分类不存在')
  return { id, missing: DEFAULT_CATEGORY }
}

/** The page, or the caller's error: a refused or oversized address is theirs to fix, a source that fails is not. */
async function fetchPage(fetcher: Fetcher, url: URL): Promise<Fetched> {
  try {
    return await fetcher.page(url)
  } catch (error) {
    if (!(error instanceof FetchFailure)) throw error
    throw new ApiFailure(error.problem === 'unreachable' ? 'UPSTREAM' : 'INVALID_ARGUMENT', error.message)
  }
}

/**
 * The body's images and the cover, downloaded and stored. Storage failing is
 * no fault of the page: it is UPSTREAM, and the article is not written.
 */
async function storeArticleImages(blocks: Block[], cover: string | undefined, importer: ImportServices) {
  const storeImage = imageStorer({ fetcher: importer.fetcher, media: importer.media })
  try {
    const images = await storeImages(blocks, storeImage)
    return { ...images, ...(await chooseCover(cover, images.blocks, storeImage)) }
  } catch (error) {
    console.error('[importUrl] storing an image failed', error)
    throw new ApiFailure('UPSTREAM', '图片保存失败，请稍后再试')
  }
}

/**
 * `admin.articles.importUrl`: fetches an official-account article page and
 * imports it as the importer imports a file (the same converter, images
 * downloaded and stored). Nothing is written until every image it keeps is
 * stored; the article goes in with one upsert, so importing the same link
 * again updates it and keeps its read count. A page that is no article is
 * INVALID_ARGUMENT, with what the page says.
 */
export async function importArticleFromLink(
  { url, category }: { url: string; category?: string },
  { store, importer, now }: { store: Store; importer: ImportServices; now: Date },
): Promise<LinkImport> {
  const pasted = pastedLink(url)
  const { id: categoryId, missing } = await chosenCategory(store, category)
  const fetched = await fetchPage(importer.fetcher, pasted)
  const page = readOfficialAccountPage(fetched.body.toString('utf8'))
  const conversion = page.body === null ? null : convertHtml(page.body, { baseUrl: fetched.url.href })
  if (!conversion || conversion.blocks.length === 0) throw invalid(whyNotAnArticle(page))
  const title = page.title ? cut(page.title, MAX.title) : null
  if (!title) throw invalid('页面没有文章标题，不像公众号文章，不能导入')

  const images = await storeArticleImages(conversion.blocks, page.cover, importer)
  const warnings = [...conversionWarnings(conversion), ...images.problems, ...(images.warning ? [images.warning] : [])]
  if (images.blocks.length === 0) throw invalid('文章正文只有图片，而图片都无法下载，不能导入')

  const identity = articleIdentity(pasted, fetched.url, page.link)
  const sourceUrl = webUrl(identity.canonical)
  const article: ArticleInput = {
    id: articleIdOf(identity),
    title,
    summary: page.description ? cut(page.description, MAX.summary) : excerpt(images.blocks),
    ...(images.cover ? { cover: images.cover } : {}),
    category: categoryId,
    source: cut(page.account ?? UNKNOWN_ACCOUNT, MAX.source),
    publishedAt: page.publishedAt ?? now.toISOString(),
    ...(page.author ? { author: cut(page.author, MAX.author) } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
    blocks: images.blocks,
  }
  if (missing) await store.upsertCategory(missing)
  await store.upsertArticle(article)
  return { id: article.id, title, warnings }
}

/** Import by link over these services: mp.weixin.qq.com (and, locally, WTT_IMPORT_HOSTS), and where images go. */
export const createLinkImporter = (importer: ImportServices): LinkImporter => ({
  importLink: (input, { store, now }) => importArticleFromLink(input, { store, importer, now }),
})
