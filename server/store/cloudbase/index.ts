import type { Article, ArticleSummary, Category, Entry } from '../../../src/contract/models'
import type {
  ArticleInput,
  ArticleQuery,
  ChannelRecord,
  FavoriteRow,
  Store,
  UserRecord,
  Visit,
  VisitStats,
} from '../types'
import { cloudComments, COMMENT_COLLECTIONS } from './comments'
import { MAX_RECORDS_PER_QUERY, type CloudDriver, type Doc, type Where } from './driver'
import { cloudSearch, searchFields, WITHOUT_SEARCH_FIELDS } from './search'

/** Collection names; their indexes and security rules are in cloudbase/. */
export const COLLECTIONS = {
  articles: 'articles',
  categories: 'categories',
  visits: 'visits',
  channels: 'channels',
  users: 'users',
  favorites: 'favorites',
  ...COMMENT_COLLECTIONS,
} as const

/** One document per saved article; ':' is in neither an openid nor an article id. */
const favoriteId = (openid: string, articleId: string) => `${openid}:${articleId}`

const channelOf = (doc: Doc): ChannelRecord => ({
  code: doc._id,
  name: doc.name as string,
  articleId: (doc.articleId as string | null) ?? null,
  qrFile: (doc.qrFile as string) ?? '',
  createdAt: doc.createdAt as string,
})

const toUser = ({ _id, ...doc }: Doc): UserRecord => ({
  openid: _id,
  phone: doc.phone as string,
  createdAt: doc.createdAt as string,
  updatedAt: doc.updatedAt as string,
  signedIn: doc.signedIn === true,
  firstScene: (doc.firstScene as number | null) ?? null,
  firstEntry: (doc.firstEntry as Entry | null) ?? null,
  firstChannel: (doc.firstChannel as string | null) ?? null,
})

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

  return {
    ...comments.store,
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

    async openArticle(id: string, visit: Visit) {
      const target = published({ _id: id })
      // One round trip: the read, the count and the visit go out together.
      const [[doc], counted, visitId] = await Promise.all([
        driver.find(COLLECTIONS.articles, target, { limit: 1, fields: WITHOUT_SEARCH_FIELDS }),
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

    async relatedArticles(category, excludeId, limit) {
      const docs = await driver.find(COLLECTIONS.articles, published({ category, _id: _.neq(excludeId) }), {
        orderBy: FEED_ORDER,
        limit,
        fields: WITHOUT_BODY,
      })
      return docs.map(toSummary)
    },

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
    async findChannel(code) {
      const [doc] = await driver.find(COLLECTIONS.channels, { _id: code }, { limit: 1 })
      return doc ? channelOf(doc) : null
    },

    async createChannel({ code, ...channel }) {
      const [taken] = await driver.find(COLLECTIONS.channels, { _id: code }, { limit: 1, fields: { _id: true } })
      if (taken) return false
      await driver.set(COLLECTIONS.channels, code, channel)
      return true
    },

    async listChannels() {
      const docs = await driver.find(
        COLLECTIONS.channels,
        {},
        { orderBy: [['createdAt', 'desc']], limit: MAX_RECORDS_PER_QUERY },
      )
      return docs.map(channelOf)
    },

    async recordOpen(visit) {
      await driver.add(COLLECTIONS.visits, { articleId: null, ...visit })
    },

    async visitStats({ articleId, channel }): Promise<VisitStats> {
      const filter: Where = {
        ...(articleId !== undefined ? { articleId } : {}),
        ...(channel !== undefined ? { channel } : {}),
      }
      // An operator's report, not a reader's screen: the visits are read in
      // pages of the per-query maximum, by _id range, and counted here.
      const readers = new Set<string>()
      const byEntry: Partial<Record<Entry, number>> = {}
      const byChannel = new Map<string, { reads: number; readers: Set<string> }>()
      let reads = 0
      let after: string | undefined
      for (;;) {
        const where = after === undefined ? filter : _.and([filter, { _id: _.gt(after) }])
        const page = await driver.find(COLLECTIONS.visits, where, {
          orderBy: [['_id', 'asc']],
          limit: MAX_RECORDS_PER_QUERY,
          fields: { openid: true, entry: true, channel: true },
        })
        for (const visit of page) {
          reads++
          const entry = visit.entry as Entry
          byEntry[entry] = (byEntry[entry] ?? 0) + 1
          if (visit.openid) readers.add(visit.openid as string)
          if (!visit.channel) continue
          const counted = byChannel.get(visit.channel as string) ?? { reads: 0, readers: new Set<string>() }
          counted.reads++
          if (visit.openid) counted.readers.add(visit.openid as string)
          byChannel.set(visit.channel as string, counted)
        }
        if (page.length < MAX_RECORDS_PER_QUERY) break
        after = page[page.length - 1]._id
      }
      return {
        reads,
        readers: readers.size,
        byEntry,
        byChannel: [...byChannel].map(([code, counted]) => ({
          channel: code,
          reads: counted.reads,
          readers: counted.readers.size,
        })),
      }
    },

    async findUser(openid) {
      const [doc] = await driver.find(COLLECTIONS.users, { _id: openid }, { limit: 1 })
      return doc ? toUser(doc) : null
    },

    async saveUser({ openid, ...user }) {
      await driver.set(COLLECTIONS.users, openid, { ...user })
    },

    async setSignedIn(openid, signedIn) {
      await driver.update(COLLECTIONS.users, { _id: openid }, { signedIn })
    },

    async firstVisit(openid) {
      const [doc] = await driver.find(COLLECTIONS.visits, { openid }, { orderBy: [['at', 'asc']], limit: 1 })
      return doc
        ? {
            scene: (doc.scene as number | null) ?? null,
            entry: doc.entry as Entry,
            channel: (doc.channel as string | null) ?? null,
          }
        : null
    },

    async deleteAccount(openid) {
      await Promise.all([
        driver.remove(COLLECTIONS.favorites, { openid }),
        driver.update(COLLECTIONS.visits, { openid }, { openid: null }),
        driver.remove(COLLECTIONS.users, { _id: openid }),
        comments.forgetReader(openid),
      ])
    },

    async isFavorite(openid, articleId) {
      const [doc] = await driver.find(COLLECTIONS.favorites, { _id: favoriteId(openid, articleId) }, { limit: 1 })
      return Boolean(doc)
    },

    async toggleFavorite(openid, articleId, at) {
      const _id = favoriteId(openid, articleId)
      if ((await driver.remove(COLLECTIONS.favorites, { _id })) > 0) return false
      await driver.set(COLLECTIONS.favorites, _id, { openid, articleId, savedAt: at })
      return true
    },

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
