import type { Article, ArticleSummary, Category } from '../../../src/contract/models'
import type { ArticleInput, ArticleQuery, FavoriteRow, Store } from '../types'
import { cloudChannels } from './channels'
import { COLLECTIONS } from './collections'
import { guardedCommentWrites } from '../comments'
import { cloudComments } from './comments'
import { type CloudDriver, type Doc, type Where } from './driver'
import { cloudQuotas } from './quotas'
import { cloudReaders } from './readers'
import { cloudReads } from './reads'
import { cloudSearch, searchFields, WITHOUT_SEARCH_FIELDS } from './search'

export { COLLECTIONS } from './collections'

const FEED_ORDER: [string, 'desc'][] = [
  ['publishedAt', 'desc'],
  ['_id', 'desc'],
]
const WITHOUT_BODY = {
  blocks: false,
  ...WITHOUT_SEARCH_FIELDS,
  author: false,
  sourceUrl: false,
  tags: false,
  published: false,
}

/** Categories are a short, operator-made list. */
const MAX_CATEGORIES = 100

function toSummary(doc: Doc): ArticleSummary {
  return {
    id: doc._id,
    title: doc.title as string,
    summary: doc.summary as string,
    ...(doc.cover ? { cover: doc.cover as string } : {}),
    category: doc.category as string,
    source: doc.source as string,
    publishedAt: doc.publishedAt as string,
    readCount: doc.readCount as number,
  }
}

function toArticle(doc: Doc): Article {
  return {
    ...toSummary(doc),
    ...(doc.author ? { author: doc.author as string } : {}),
    ...(doc.sourceUrl ? { sourceUrl: doc.sourceUrl as string } : {}),
    ...(doc.tags ? { tags: doc.tags as string[] } : {}),
    blocks: doc.blocks as Article['blocks'],
  }
}

/**
 * The Store on the CloudBase document database. Paging is by range on
 * (publishedAt, _id), never skip; counters use `_.inc`; independent requests
 * of one call go out together.
 */
export function createCloudStore(driver: CloudDriver): Store {
  const _ = driver.command
  const published = (extra: Where = {}): Where => ({ published: true, ...extra })
  const comments = cloudComments(driver, COLLECTIONS.articles)
  const search = cloudSearch({ driver, collection: COLLECTIONS.articles, toSummary, withoutBody: WITHOUT_BODY })
  const readers = cloudReaders(driver, comments.forgetReader)
  const reads = cloudReads(driver, readers.data)

  const readCountOf = async (id: string) => {
    const [doc] = await driver.find(COLLECTIONS.articles, { _id: id }, { limit: 1, fields: { readCount: true } })
    return doc.readCount as number
  }

  const relatedArticles = async (category: string, excludeId: string, limit: number) =>
    limit === 0
      ? []
      : (
          await driver.find(COLLECTIONS.articles, published({ category, _id: _.neq(excludeId) }), {
            orderBy: FEED_ORDER,
            limit,
            fields: WITHOUT_BODY,
          })
        ).map(toSummary)

  return {
    ...guardedCommentWrites(comments.store, readers.data.afterWrites),
    async listCategories() {
      const docs = await driver.find(
        COLLECTIONS.categories,
        {},
        { orderBy: [['position', 'asc']], limit: MAX_CATEGORIES },
      )
      return docs.map((doc): Category => ({ id: doc._id, name: doc.name as string }))
    },

    async upsertCategory({ id, name }) {
      const existing = await driver.find(COLLECTIONS.categories, {}, { limit: MAX_CATEGORIES, fields: { _id: true } })
      if (existing.some((doc) => doc._id === id)) await driver.update(COLLECTIONS.categories, { _id: id }, { name })
      else await driver.set(COLLECTIONS.categories, id, { name, position: existing.length })
    },

    async listArticles({ category, after, limit }: ArticleQuery) {
      const filter = published(category === undefined ? {} : { category })
      const where = after
        ? _.and([filter, _.or([{ publishedAt: _.lt(after.at) }, { publishedAt: after.at, _id: _.lt(after.id) }])])
        : filter
      const docs = await driver.find(COLLECTIONS.articles, where, { orderBy: FEED_ORDER, limit, fields: WITHOUT_BODY })
      return docs.map(toSummary)
    },

    async openArticle(id, visit, { related = 0 } = {}) {
      // The article, its visit and its read marker together; the counters
      // once the marker has decided; the read count once it has this read.
      const [[doc], open] = await Promise.all([
        driver.find(COLLECTIONS.articles, published({ _id: id }), { limit: 1, fields: WITHOUT_SEARCH_FIELDS }),
        reads.begin(id, visit),
      ])
      if (!doc) {
        // Rare (a stale link): take back the visit so that nothing stays written.
        await open.undo()
        return null
      }
      const { readCounted, done } = open.finish()
      const [readCount, relatedItems] = await Promise.all([
        // Read back once this read is in it, never alongside the increment.
        open.counted ? readCounted.then(() => readCountOf(id)) : (doc.readCount as number),
        relatedArticles(doc.category as string, id, related),
        done,
      ])
      return { article: toArticle({ ...doc, readCount }), related: relatedItems }
    },

    async hasArticle(id) {
      const [doc] = await driver.find(COLLECTIONS.articles, published({ _id: id }), { limit: 1, fields: { _id: true } })
      return Boolean(doc)
    },

    async findArticleSummary(id) {
      const [doc] = await driver.find(COLLECTIONS.articles, published({ _id: id }), { limit: 1, fields: WITHOUT_BODY })
      return doc ? toSummary(doc) : null
    },

    searchArticles: search.searchArticles,
    popularArticles: search.popularArticles,

    async upsertArticle({ id, readCount, ...article }: ArticleInput) {
      const optional = {
        author: article.author,
        sourceUrl: article.sourceUrl,
        tags: article.tags,
        cover: article.cover,
      }
      const fields = {
        title: article.title,
        summary: article.summary,
        category: article.category,
        source: article.source,
        publishedAt: new Date(article.publishedAt).toISOString(),
        published: true,
        ...searchFields(article),
      }
      // Asked first, not inferred from update(): an unchanged document counts as not updated.
      const [existing] = await driver.find(COLLECTIONS.articles, { _id: id }, { limit: 1, fields: { _id: true } })
      if (existing) {
        // Keeps its read count: updated in place, the body replaced whole
        // (_.set, not merged) and optional fields no longer given cleared.
        await driver.update(
          COLLECTIONS.articles,
          { _id: id },
          {
            ...fields,
            blocks: _.set(article.blocks),
            ...Object.fromEntries(
              Object.entries(optional).map(([key, value]) => [key, value === undefined ? _.remove() : _.set(value)]),
            ),
          },
        )
        return
      }
      const clean = Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined))
      await driver.set(COLLECTIONS.articles, id, {
        ...fields,
        ...clean,
        blocks: article.blocks,
        readCount: readCount ?? 0,
      })
    },

    async unpublishArticle(id) {
      const [existing] = await driver.find(COLLECTIONS.articles, { _id: id }, { limit: 1, fields: { _id: true } })
      if (existing) await driver.update(COLLECTIONS.articles, { _id: id }, { published: false })
      return Boolean(existing)
    },
    ...cloudChannels(driver),
    ...reads.store,
    ...readers.store,
    ...cloudQuotas(driver),

    async listFavorites(openid, { after, limit }): Promise<FavoriteRow[]> {
      const where = after
        ? _.and([{ openid }, _.or([{ savedAt: _.lt(after.at) }, { savedAt: after.at, articleId: _.lt(after.id) }])])
        : { openid }
      const saved = await driver.find(COLLECTIONS.favorites, where, {
        orderBy: [
          ['savedAt', 'desc'],
          ['articleId', 'desc'],
        ],
        limit,
      })
      if (saved.length === 0) return []
      const articles = await driver.find(
        COLLECTIONS.articles,
        published({ _id: _.in(saved.map((doc) => doc.articleId)) }),
        { limit: saved.length, fields: WITHOUT_BODY },
      )
      const byId = new Map(articles.map((doc) => [doc._id, toSummary(doc)]))
      return saved.map((doc) => ({
        articleId: doc.articleId as string,
        savedAt: doc.savedAt as string,
        article: byId.get(doc.articleId as string) ?? null,
      }))
    },

    async close() {},
  }
}
