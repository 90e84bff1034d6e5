import Database from 'better-sqlite3'
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
import { sqliteComments } from './comments'
import { openSchema } from './migrations'
import { sqliteSearch } from './search'

interface ArticleRow {
  id: string
  title: string
  summary: string
  cover: string | null
  category: string
  source: string
  published_at: string
  read_count: number
  author: string | null
  source_url: string | null
  tags: string | null
  blocks: string
}

const SUMMARY_COLUMNS = 'id, title, summary, cover, category, source, published_at, read_count'

interface UserRow {
  openid: string
  phone: string
  created_at: string
  updated_at: string
  signed_in: number
  first_scene: number | null
  first_entry: Entry | null
  first_channel: string | null
}

const toUser = (row: UserRow): UserRecord => ({
  openid: row.openid,
  phone: row.phone,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  signedIn: row.signed_in === 1,
  firstScene: row.first_scene,
  firstEntry: row.first_entry,
  firstChannel: row.first_channel,
})

function toSummary(row: Omit<ArticleRow, 'author' | 'source_url' | 'tags' | 'blocks'>): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    ...(row.cover ? { cover: row.cover } : {}),
    category: row.category,
    source: row.source,
    publishedAt: row.published_at,
    readCount: row.read_count,
  }
}

function toArticle(row: ArticleRow): Article {
  return {
    ...toSummary(row),
    ...(row.author ? { author: row.author } : {}),
    ...(row.source_url ? { sourceUrl: row.source_url } : {}),
    ...(row.tags ? { tags: JSON.parse(row.tags) as string[] } : {}),
    blocks: JSON.parse(row.blocks) as Article['blocks'],
  }
}

/** Sort keys are compared as text, so every instant is stored in one UTC form. */
const normalizeDate = (iso: string) => new Date(iso).toISOString()

/**
 * The Store on an embedded SQLite file (better-sqlite3). Its calls are
 * synchronous underneath; WAL lets the importer write while the host reads.
 */
export function openSqliteStore(file: string): Store {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 5000')
  openSchema(db)
  const comments = sqliteComments(db)
  const search = sqliteSearch(db, { summaryColumns: SUMMARY_COLUMNS, toSummary })

  const statements = {
    categories: db.prepare<[], Category>('SELECT id, name FROM categories ORDER BY position, id'),
    upsertCategory: db.prepare(
      `INSERT INTO categories (id, name, position)
       VALUES (@id, @name, (SELECT COALESCE(MAX(position), -1) + 1 FROM categories))
       ON CONFLICT (id) DO UPDATE SET name = excluded.name`,
    ),
    countRead: db.prepare<[string], ArticleRow>(
      'UPDATE articles SET read_count = read_count + 1 WHERE id = ? AND published = 1 RETURNING *',
    ),
    insertVisit: db.prepare(
      `INSERT INTO visits (article_id, openid, scene, entry, channel, at)
       VALUES (@articleId, @openid, @scene, @entry, @channel, @at)`,
    ),
    hasArticle: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM articles WHERE id = ? AND published = 1'),
    summary: db.prepare<[string], ArticleRow>(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE id = ? AND published = 1`),
    related: db.prepare<[string, string, number], ArticleRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles
       WHERE published = 1 AND category = ? AND id <> ?
       ORDER BY published_at DESC, id DESC LIMIT ?`,
    ),
    upsertArticle: db.prepare(
      `INSERT INTO articles (id, title, summary, cover, category, source, published_at, read_count,
                             author, source_url, tags, blocks, published)
       VALUES (@id, @title, @summary, @cover, @category, @source, @publishedAt, @readCount,
               @author, @sourceUrl, @tags, @blocks, 1)
       ON CONFLICT (id) DO UPDATE SET
         title = excluded.title, summary = excluded.summary, cover = excluded.cover,
         category = excluded.category, source = excluded.source, published_at = excluded.published_at,
         author = excluded.author, source_url = excluded.source_url, tags = excluded.tags,
         blocks = excluded.blocks, published = 1`,
    ),
    unpublish: db.prepare<[string]>('UPDATE articles SET published = 0 WHERE id = ?'),
    channel: db.prepare<[string], ChannelRecord>(
      'SELECT code, name, article_id AS articleId, qr_file AS qrFile, created_at AS createdAt FROM channels WHERE code = ?',
    ),
    createChannel: db.prepare(
      `INSERT OR IGNORE INTO channels (code, name, article_id, qr_file, created_at)
       VALUES (@code, @name, @articleId, @qrFile, @createdAt)`,
    ),
    channels: db.prepare<[], ChannelRecord>(
      'SELECT code, name, article_id AS articleId, qr_file AS qrFile, created_at AS createdAt FROM channels ORDER BY created_at DESC',
    ),
    user: db.prepare<[string], UserRow>('SELECT * FROM users WHERE openid = ?'),
    saveUser: db.prepare(
      `INSERT OR REPLACE INTO users (openid, phone, created_at, updated_at, signed_in, first_scene, first_entry, first_channel)
       VALUES (@openid, @phone, @createdAt, @updatedAt, @signedIn, @firstScene, @firstEntry, @firstChannel)`,
    ),
    signIn: db.prepare<[number, string]>('UPDATE users SET signed_in = ? WHERE openid = ?'),
    firstVisit: db.prepare<[string], Pick<Visit, 'scene' | 'entry' | 'channel'>>(
      'SELECT scene, entry, channel FROM visits WHERE openid = ? ORDER BY at, id LIMIT 1',
    ),
    deleteUser: db.prepare<[string]>('DELETE FROM users WHERE openid = ?'),
    deleteFavorites: db.prepare<[string]>('DELETE FROM favorites WHERE openid = ?'),
    forgetVisits: db.prepare<[string]>('UPDATE visits SET openid = NULL WHERE openid = ?'),
    isFavorite: db.prepare<[string, string], { one: number }>(
      'SELECT 1 AS one FROM favorites WHERE openid = ? AND article_id = ?',
    ),
    addFavorite: db.prepare<[string, string, string]>(
      'INSERT OR IGNORE INTO favorites (openid, article_id, saved_at) VALUES (?, ?, ?)',
    ),
    removeFavorite: db.prepare<[string, string]>('DELETE FROM favorites WHERE openid = ? AND article_id = ?'),
  }

  const favoritesPage = (paged: boolean) =>
    db.prepare(
      `SELECT f.article_id AS favorite_id, f.saved_at, a.*
       FROM favorites f LEFT JOIN articles a ON a.id = f.article_id AND a.published = 1
       WHERE f.openid = @openid ${paged ? 'AND (f.saved_at, f.article_id) < (@at, @id)' : ''}
       ORDER BY f.saved_at DESC, f.article_id DESC LIMIT @limit`,
    )
  const favoritesQueries = { first: favoritesPage(false), next: favoritesPage(true) }

  // Four shapes of feed query (with or without category, first page or not),
  // each prepared once.
  const feedQueries = new Map<string, Database.Statement>()
  function feedQuery(byCategory: boolean, paged: boolean) {
    const key = `${byCategory}:${paged}`
    let statement = feedQueries.get(key)
    if (!statement) {
      const where = ['published = 1']
      if (byCategory) where.push('category = @category')
      if (paged) where.push('(published_at, id) < (@at, @id)')
      statement = db.prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE ${where.join(' AND ')}
         ORDER BY published_at DESC, id DESC LIMIT @limit`,
      )
      feedQueries.set(key, statement)
    }
    return statement
  }

  const upsertArticle = db.transaction((article: ArticleInput) => {
    statements.upsertArticle.run({
      id: article.id,
      title: article.title,
      summary: article.summary,
      cover: article.cover ?? null,
      category: article.category,
      source: article.source,
      publishedAt: normalizeDate(article.publishedAt),
      readCount: article.readCount ?? 0,
      author: article.author ?? null,
      sourceUrl: article.sourceUrl ?? null,
      tags: article.tags ? JSON.stringify(article.tags) : null,
      blocks: JSON.stringify(article.blocks),
    })
    search.index(article)
  })

  const deleteAccount = db.transaction((openid: string) => {
    comments.forgetReader(openid)
    statements.deleteFavorites.run(openid)
    statements.forgetVisits.run(openid)
    statements.deleteUser.run(openid)
  })

  // Saved if it was not, removed if it was: one transaction, so a double tap cannot interleave.
  const toggleFavorite = db.transaction((openid: string, articleId: string, at: string) => {
    if (statements.addFavorite.run(openid, articleId, at).changes > 0) return true
    statements.removeFavorite.run(openid, articleId)
    return false
  })

  const openArticle = db.transaction((id: string, visit: Visit): Article | null => {
    const row = statements.countRead.get(id)
    if (!row) return null
    statements.insertVisit.run({ articleId: id, ...visit })
    return toArticle(row)
  })

  return {
    ...comments.store,
    async listCategories() {
      return statements.categories.all()
    },
    async upsertCategory(category) {
      statements.upsertCategory.run(category)
    },
    async listArticles({ category, after, limit }: ArticleQuery) {
      const rows = feedQuery(category !== undefined, after !== undefined).all({
        limit,
        ...(category !== undefined ? { category } : {}),
        ...(after ?? {}),
      }) as ArticleRow[]
      return rows.map(toSummary)
    },
    async openArticle(id, visit) {
      return openArticle(id, visit)
    },
    async hasArticle(id) {
      return statements.hasArticle.get(id) !== undefined
    },
    async findArticleSummary(id) {
      const row = statements.summary.get(id)
      return row ? toSummary(row) : null
    },
    async relatedArticles(category, excludeId, limit) {
      return statements.related.all(category, excludeId, limit).map(toSummary)
    },
    async upsertArticle(article: ArticleInput) {
      upsertArticle(article)
    },
    async searchArticles(q, query) {
      return search.search(q, query)
    },
    async popularArticles(since, limit) {
      return search.popular(since, limit)
    },
    async unpublishArticle(id) {
      return statements.unpublish.run(id).changes > 0
    },
    async findChannel(code) {
      return statements.channel.get(code) ?? null
    },
    async createChannel(channel) {
      return statements.createChannel.run(channel).changes > 0
    },
    async listChannels() {
      return statements.channels.all()
    },
    async recordOpen(visit) {
      statements.insertVisit.run({ articleId: null, ...visit })
    },
    async visitStats({ articleId, channel }): Promise<VisitStats> {
      const where = ['1 = 1']
      if (articleId !== undefined) where.push('article_id = @articleId')
      if (channel !== undefined) where.push('channel = @channel')
      const params = { articleId, channel }
      const filter = `FROM visits WHERE ${where.join(' AND ')}`
      const totals = db
        .prepare(`SELECT COUNT(*) AS reads, COUNT(DISTINCT openid) AS readers ${filter}`)
        .get(params) as {
        reads: number
        readers: number
      }
      const byEntry = db.prepare(`SELECT entry, COUNT(*) AS reads ${filter} GROUP BY entry`).all(params) as {
        entry: Entry
        reads: number
      }[]
      const byChannel = db
        .prepare(
          `SELECT channel, COUNT(*) AS reads, COUNT(DISTINCT openid) AS readers ${filter} AND channel IS NOT NULL GROUP BY channel`,
        )
        .all(params) as VisitStats['byChannel']
      return { ...totals, byEntry: Object.fromEntries(byEntry.map((row) => [row.entry, row.reads])), byChannel }
    },
    async findUser(openid) {
      const row = statements.user.get(openid)
      return row ? toUser(row) : null
    },
    async saveUser(user) {
      statements.saveUser.run({ ...user, signedIn: user.signedIn ? 1 : 0 })
    },
    async setSignedIn(openid, signedIn) {
      statements.signIn.run(signedIn ? 1 : 0, openid)
    },
    async firstVisit(openid) {
      return statements.firstVisit.get(openid) ?? null
    },
    async deleteAccount(openid) {
      deleteAccount(openid)
    },
    async isFavorite(openid, articleId) {
      return statements.isFavorite.get(openid, articleId) !== undefined
    },
    async toggleFavorite(openid, articleId, at) {
      return toggleFavorite(openid, articleId, at)
    },
    async listFavorites(openid, { after, limit }): Promise<FavoriteRow[]> {
      const query = after ? favoritesQueries.next : favoritesQueries.first
      const rows = query.all({ openid, limit, ...(after ?? {}) }) as (ArticleRow & {
        favorite_id: string
        saved_at: string
      })[]
      return rows.map((row) => ({
        articleId: row.favorite_id,
        savedAt: row.saved_at,
        article: row.id ? toSummary(row) : null,
      }))
    },
    async close() {
      db.close()
    },
  }
}
