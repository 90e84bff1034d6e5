import type { Article, ArticleSummary, Category } from '../../../src/contract/models'
import type { ArticleInput, ArticleQuery, Channel, Store, Visit } from '../types'
import type { CloudDriver, Doc, Where } from './driver'

/** Collection names; their indexes and security rules are in cloudbase/. */
export const COLLECTIONS = {
  articles: 'articles',
  categories: 'categories',
  visits: 'visits',
  channels: 'channels',
} as const

const FEED_ORDER: [string, 'desc'][] = [
  ['publishedAt', 'desc'],
  ['_id', 'desc'],
]
const WITHOUT_BODY = { blocks: false, author: false, sourceUrl: false, tags: false, published: false }
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

  return {
    async listCategories() {
      const docs = await driver.find(COLLECTIONS.categories, {}, { orderBy: [['position', 'asc']], limit: MAX_CATEGORIES })
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
        ? _.and([
            filter,
            _.or([{ publishedAt: _.lt(after.publishedAt) }, { publishedAt: after.publishedAt, _id: _.lt(after.id) }]),
          ])
        : filter
      const docs = await driver.find(COLLECTIONS.articles, where, { orderBy: FEED_ORDER, limit, fields: WITHOUT_BODY })
      return docs.map(toSummary)
    },

    async openArticle(id: string, visit: Visit) {
      const target = published({ _id: id })
      // One round trip: the read, the count and the visit go out together.
      const [[doc], counted, visitId] = await Promise.all([
        driver.find(COLLECTIONS.articles, target, { limit: 1 }),
        driver.update(COLLECTIONS.articles, target, { readCount: _.inc(1) }),
        driver.add(COLLECTIONS.visits, { articleId: id, ...visit }),
      ])
      if (!doc || counted === 0) {
        // Rare (a stale link): take back the visit so that nothing stays written.
        await driver.remove(COLLECTIONS.visits, { _id: visitId })
        return null
      }
      return toArticle({ ...doc, readCount: (doc.readCount as number) + 1 })
    },

    async relatedArticles(category, excludeId, limit) {
      const docs = await driver.find(
        COLLECTIONS.articles,
        published({ category, _id: _.neq(excludeId) }),
        { orderBy: FEED_ORDER, limit, fields: WITHOUT_BODY },
      )
      return docs.map(toSummary)
    },

    async upsertArticle({ id, readCount, ...article }: ArticleInput) {
      const optional = { author: article.author, sourceUrl: article.sourceUrl, tags: article.tags, cover: article.cover }
      const fields = {
        title: article.title,
        summary: article.summary,
        category: article.category,
        source: article.source,
        publishedAt: new Date(article.publishedAt).toISOString(),
        published: true,
      }
      // Asked first, not inferred from update(): an unchanged document counts as not updated.
      const [existing] = await driver.find(COLLECTIONS.articles, { _id: id }, { limit: 1, fields: { _id: true } })
      if (existing) {
        // Keeps its read count: updated in place, the body replaced whole
        // (_.set, not merged) and optional fields no longer given cleared.
        await driver.update(COLLECTIONS.articles, { _id: id }, {
          ...fields,
          blocks: _.set(article.blocks),
          ...Object.fromEntries(
            Object.entries(optional).map(([key, value]) => [key, value === undefined ? _.remove() : _.set(value)]),
          ),
        })
        return
      }
      const clean = Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined))
      await driver.set(COLLECTIONS.articles, id, { ...fields, ...clean, blocks: article.blocks, readCount: readCount ?? 0 })
    },

    async unpublishArticle(id) {
      const [existing] = await driver.find(COLLECTIONS.articles, { _id: id }, { limit: 1, fields: { _id: true } })
      if (existing) await driver.update(COLLECTIONS.articles, { _id: id }, { published: false })
      return Boolean(existing)
    },
    async findChannel(code): Promise<Channel | null> {
      const [doc] = await driver.find(COLLECTIONS.channels, { _id: code }, { limit: 1 })
      return doc ? { code: doc._id, name: doc.name as string, articleId: (doc.articleId as string | null) ?? null } : null
    },

    async close() {},
  }
}
