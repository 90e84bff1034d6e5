import Database from 'better-sqlite3'
import type { Article, ArticleSummary, Category } from '../../../src/contract/models'
import type { ArticleInput, ArticleQuery, Channel, Store, Visit } from '../types'
import { SCHEMA } from './schema'

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
  db.exec(SCHEMA)

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
    channel: db.prepare<[string], { code: string; name: string; article_id: string | null }>(
      'SELECT code, name, article_id FROM channels WHERE code = ?',
    ),
  }

  // Four shapes of feed query (with or without category, first page or not),
  // each prepared once.
  const feedQueries = new Map<string, Database.Statement>()
  function feedQuery(byCategory: boolean, paged: boolean) {
    const key = `${byCategory}:${paged}`
    let statement = feedQueries.get(key)
    if (!statement) {
      const where = ['published = 1']
      if (byCategory) where.push('category = @category')
      if (paged) where.push('(published_at, id) < (@publishedAt, @id)')
      statement = db.prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE ${where.join(' AND ')}
         ORDER BY published_at DESC, id DESC LIMIT @limit`,
      )
      feedQueries.set(key, statement)
    }
    return statement
  }

  const openArticle = db.transaction((id: string, visit: Visit): Article | null => {
    const row = statements.countRead.get(id)
    if (!row) return null
    statements.insertVisit.run({ articleId: id, ...visit })
    return toArticle(row)
  })

  return {
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
    async relatedArticles(category, excludeId, limit) {
      return statements.related.all(category, excludeId, limit).map(toSummary)
    },
    async upsertArticle(article: ArticleInput) {
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
    },
    async unpublishArticle(id) {
      return statements.unpublish.run(id).changes > 0
    },
    async findChannel(code): Promise<Channel | null> {
      const row = statements.channel.get(code)
      return row ? { code: row.code, name: row.name, articleId: row.article_id } : null
    },
    async close() {
      db.close()
    },
  }
}
