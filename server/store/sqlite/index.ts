import Database from 'better-sqlite3'
import type { Article, ArticleSummary, Category } from '../../../src/contract/models'
import type { ArticleInput, ArticleQuery, FavoriteRow, OpenedArticle, Store, Visit } from '../types'
import { sqliteChannels } from './channels'
import { guardedCommentWrites } from '../comments'
import { sqliteComments } from './comments'
import { openSchema } from './migrations'
import { sqliteQuotas } from './quotas'
import { sqliteReaders } from './readers'
import { sqliteReads } from './reads'
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
    publishedArticle: db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ? AND published = 1'),
    countRead: db.prepare<[string]>('UPDATE articles SET read_count = read_count + 1 WHERE id = ?'),
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
  }
  const readers = sqliteReaders(db, comments.forgetReader)
  const reads = sqliteReads(db, readers.data)

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

  // The visit, its count and the answer in one transaction: the read count answered is the one after this read.
  const openArticle = db.transaction((id: string, visit: Visit, related: number): OpenedArticle | null => {
    const row = statements.publishedArticle.get(id)
    if (!row) return null
    const counted = reads.record(id, visit)
    if (counted) statements.countRead.run(id)
    return {
      article: toArticle({ ...row, read_count: row.read_count + (counted ? 1 : 0) }),
      related: related > 0 ? statements.related.all(row.category, id, related).map(toSummary) : [],
    }
  })

  return {
    ...guardedCommentWrites(comments.store, (openid) => readers.data.isForgotten(openid) && readers.data.scrub(openid)),
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
    async openArticle(id, visit, { related = 0 } = {}) {
      return openArticle(id, visit, related)
    },
    async hasArticle(id) {
      return statements.hasArticle.get(id) !== undefined
    },
    async findArticleSummary(id) {
      const row = statements.summary.get(id)
      return row ? toSummary(row) : null
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
    ...sqliteChannels(db),
    ...reads.store,
    ...readers.store,
    ...sqliteQuotas(db),
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
