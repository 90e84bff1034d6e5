import type Database from 'better-sqlite3'
import type { ArticleSummary } from '../../../src/contract/models'
import type { SearchKey } from '../../core/search-cursor'
import { bodyText, queryTokens, SEARCH_TIERS, textTokens, type SearchTier } from '../../core/search-text'
import type { ArticleInput, SearchHit } from '../types'

type Indexed = Pick<ArticleInput, 'title' | 'summary' | 'blocks'>

/**
 * A row of articles_search (schema.ts): each field's tokens, space-separated.
 * The table's `ascii` tokenizer splits at spaces and ASCII punctuation only,
 * and tokens hold letters and digits only: each token is one FTS5 term.
 */
const indexRow = (article: Indexed) => ({
  title: textTokens(article.title).join(' '),
  summary: textTokens(article.summary).join(' '),
  body: textTokens(bodyText(article.blocks)).join(' '),
})

const INSERT = 'INSERT INTO articles_search (rowid, title, summary, body) VALUES (@rowid, @title, @summary, @body)'
/** Up to this many matches, a tier's page is sorted from its matches rather than found by walking the feed. */
const FEW_MATCHES = 300
/** Articles are indexed this many at a time, so that a migration never holds every body in memory. */
const BATCH = 500

/** Indexes every article; for a migration step, on an empty articles_search. */
export function indexAllArticles(db: Database.Database) {
  const insert = db.prepare(INSERT)
  const next = db.prepare<[number, number], { rowid: number; title: string; summary: string; blocks: string }>(
    'SELECT rowid, title, summary, blocks FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?',
  )
  for (let rows = next.all(0, BATCH); rows.length > 0; rows = next.all(rows[rows.length - 1].rowid, BATCH))
    for (const row of rows) insert.run({ rowid: row.rowid, ...indexRow({ ...row, blocks: JSON.parse(row.blocks) }) })
}

/**
 * Each tier as an FTS5 expression (ranking rule: server/core/search-text.ts).
 * Tokens are quoted, and hold no quote: no query is an operator or a syntax error.
 */
function tierExpressions(tokens: string[]): Record<SearchTier, string> {
  const every = `(${tokens.map((token) => `"${token}"`).join(' AND ')})`
  const inTitle = `(title : ${every})`
  const inSummary = `(summary : ${every})`
  return {
    title: inTitle,
    summary: `(${inSummary} NOT ${inTitle})`,
    body: `((${every} NOT ${inTitle}) NOT ${inSummary})`,
  }
}

interface Options<Row> {
  /** The columns an ArticleSummary is made from, and how. */
  summaryColumns: string
  toSummary: (row: Row) => ArticleSummary
}

/** Search on the articles_search FTS5 table, and the popular articles shown when it finds nothing. */
export function sqliteSearch<Row>(db: Database.Database, { summaryColumns, toSummary }: Options<Row>) {
  // A tier's page, newest first, by one of two plans. Walking the feed index
  // newest first and keeping the matches stops once the page is full: quick
  // when matches are many, but a walk of the whole index when they are few.
  // Looking each match up and sorting them costs one lookup per match: quick
  // when they are few. A count, capped at FEW_MATCHES, picks the plan; the
  // unary `+` keeps SQLite from walking the index for the second. The body
  // tier also reads the blocks, for the snippet.
  const tierPages = new Map<string, Database.Statement>()
  function tierPage(few: boolean, withBody: boolean, paged: boolean) {
    const key = `${few}:${withBody}:${paged}`
    let statement = tierPages.get(key)
    if (!statement) {
      const plus = few ? '+' : ''
      statement = db.prepare(
        `SELECT ${summaryColumns}${withBody ? ', blocks' : ''} FROM articles
         WHERE rowid IN (SELECT rowid FROM articles_search WHERE articles_search MATCH @expression)
           AND ${plus}published = 1 ${paged ? 'AND (published_at, id) < (@at, @id)' : ''}
         ORDER BY ${plus}published_at DESC, id DESC LIMIT @limit`,
      )
      tierPages.set(key, statement)
    }
    return statement
  }
  const statements = {
    rowidOf: db.prepare<[string], { rowid: number }>('SELECT rowid FROM articles WHERE id = ?'),
    unindex: db.prepare<[number]>('DELETE FROM articles_search WHERE rowid = ?'),
    insert: db.prepare(INSERT),
    matches: db.prepare<[string], { n: number }>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM articles_search WHERE articles_search MATCH ? LIMIT ${FEW_MATCHES})`,
    ),
    popular: db.prepare<[string, number]>(
      `SELECT ${summaryColumns} FROM articles WHERE published = 1 AND published_at > ?
       ORDER BY read_count DESC, published_at DESC, id DESC LIMIT ?`,
    ),
  }

  return {
    /** (Re)indexes a stored article; inside the transaction that writes it. */
    index(article: Indexed & { id: string }) {
      const { rowid } = statements.rowidOf.get(article.id) as { rowid: number }
      statements.unindex.run(rowid)
      statements.insert.run({ rowid, ...indexRow(article) })
    },

    search(q: string, { after, limit }: { after?: SearchKey; limit: number }): SearchHit[] {
      const tokens = queryTokens(q)
      if (tokens.length === 0) return []
      const expressions = tierExpressions(tokens)
      const hits: SearchHit[] = []
      // Tier by tier from the cursor's, until the page is full.
      for (const tier of SEARCH_TIERS.slice(after ? SEARCH_TIERS.indexOf(after.tier) : 0)) {
        const key = after?.tier === tier ? after : undefined
        const expression = expressions[tier]
        const few = (statements.matches.get(expression) as { n: number }).n < FEW_MATCHES
        const rows = tierPage(few, tier === 'body', key !== undefined).all({
          expression,
          limit: limit - hits.length,
          ...(key ? { at: key.at, id: key.id } : {}),
        }) as (Row & { blocks?: string })[]
        for (const row of rows)
          hits.push({
            article: toSummary(row),
            tier,
            ...(row.blocks !== undefined ? { body: bodyText(JSON.parse(row.blocks)) } : {}),
          })
        if (hits.length === limit) break
      }
      return hits
    },

    popular(since: string, limit: number): ArticleSummary[] {
      return (statements.popular.all(since, limit) as Row[]).map(toSummary)
    },
  }
}
