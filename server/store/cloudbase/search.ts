import type { ArticleSummary, Block } from '../../../src/contract/models'
import type { SearchKey } from '../../core/search-cursor'
import { bodyText, queryTokens, SEARCH_TIERS, textTokens, type SearchTier } from '../../core/search-text'
import type { ArticleInput, SearchHit } from '../types'
import type { CloudDriver, Doc, Where } from './driver'

/**
 * Search on CloudBase goes through one indexed array field, `searchTokens`,
 * so that a search costs the same few requests and documents however many
 * articles there are:
 *
 * - `t:` + each token of the title, `s:` + each token of the summary, and
 *   every token of the article bare (title, summary and body together).
 *   Tokens hold only letters and digits, so a bare token never looks like a
 *   prefixed one.
 * - A tier is one query (ranking rule: server/core/search-text.ts): title,
 *   `_.all` of the `t:` tokens; summary, `_.all` of the `s:` tokens and not
 *   all of the `t:` ones; body, `_.all` of the bare tokens and neither of
 *   the others. Each is served by the multikey index `search`
 *   (searchTokens, published, publishedAt desc, _id desc) in
 *   cloudbase/database.json: the index finds the articles holding one token
 *   (queryTokens puts a rare one first) in feed order, and the other tokens
 *   are checked on those, up to the page's size.
 *
 * What this relies on (CloudBase is MongoDB underneath): `_.all` and `_.not`
 * (wx-server-sdk 1.2.1 and later, node-sdk), an index on an array field
 * indexing each element (one array field per index at most), index keys of at
 * most 1024 bytes (search-text.ts cuts long words), and a document of at most
 * 16 MB: a long article's body gives a few thousand tokens, tens of KB.
 */
const FIELD = 'searchTokens'
const inTitle = (token: string) => `t:${token}`
const inSummary = (token: string) => `s:${token}`

/** Within a tier, and among the popular candidates, newer first. */
const NEWEST_FIRST: [string, 'desc'][] = [
  ['publishedAt', 'desc'],
  ['_id', 'desc'],
]
/**
 * The popular articles are the most read among this many of the newest of
 * the window: exact while fewer are published in 30 days, and one bounded
 * read (served by the feed index) however many there are.
 */
const POPULAR_CANDIDATES = 100
/** How many articles reindexSearch reads and rewrites at a time. */
const REINDEX_BATCH = 100

/** A projection that leaves out what only search reads: tens of KB for a long article. */
export const WITHOUT_SEARCH_FIELDS = { text: false, [FIELD]: false }

/**
 * What upsertArticle writes for search besides the article: its tokens, and
 * `text`, the body's plain text, read back for a body-tier result's snippet.
 */
export function searchFields(article: Pick<ArticleInput, 'title' | 'summary' | 'blocks'>) {
  const text = bodyText(article.blocks)
  const title = textTokens(article.title)
  const summary = textTokens(article.summary)
  const anywhere = new Set([...title, ...summary, ...textTokens(text)])
  return { text, [FIELD]: [...title.map(inTitle), ...summary.map(inSummary), ...anywhere] }
}

interface Options {
  driver: CloudDriver
  collection: string
  toSummary: (doc: Doc) => ArticleSummary
  /** The projection that leaves out all but a summary's fields. */
  withoutBody: Record<string, boolean>
}

/** Search over the token field, and the popular articles shown when it finds nothing. */
export function cloudSearch({ driver, collection, toSummary, withoutBody }: Options) {
  const _ = driver.command
  const withText = Object.fromEntries(Object.entries(withoutBody).filter(([field]) => field !== 'text'))
  const holdsAll = (tokens: string[]): Where => ({ published: true, [FIELD]: _.all(tokens) })
  const lacksOne = (tokens: string[]): Where => ({ [FIELD]: _.not(_.all(tokens)) })

  function tierConditions(tokens: string[]): Record<SearchTier, Where[]> {
    const title = tokens.map(inTitle)
    const summary = tokens.map(inSummary)
    return {
      title: [holdsAll(title)],
      summary: [holdsAll(summary), lacksOne(title)],
      body: [holdsAll(tokens), lacksOne(title), lacksOne(summary)],
    }
  }

  return {
    async searchArticles(q: string, { after, limit }: { after?: SearchKey; limit: number }): Promise<SearchHit[]> {
      const tokens = queryTokens(q)
      if (tokens.length === 0) return []
      const conditions = tierConditions(tokens)
      const tiers = SEARCH_TIERS.slice(after ? SEARCH_TIERS.indexOf(after.tier) : 0)
      // The tiers' queries are independent: they go out together (one round
      // trip), each for a whole page, and the page is the first `limit` in tier order.
      const pages = await Promise.all(
        tiers.map((tier) => {
          const where = [...conditions[tier]]
          if (after?.tier === tier)
            where.push(_.or([{ publishedAt: _.lt(after.at) }, { publishedAt: after.at, _id: _.lt(after.id) }]))
          return driver.find(collection, _.and(where), {
            orderBy: NEWEST_FIRST,
            limit,
            fields: tier === 'body' ? withText : withoutBody,
          })
        }),
      )
      const hits = tiers.flatMap((tier, i) =>
        pages[i].map((doc): SearchHit => ({
          article: toSummary(doc),
          tier,
          ...(typeof doc.text === 'string' ? { body: doc.text } : {}),
        })),
      )
      return hits.slice(0, limit)
    },

    async popularArticles(since: string, limit: number): Promise<ArticleSummary[]> {
      const newest = await driver.find(
        collection,
        { published: true, publishedAt: _.gt(since) },
        { orderBy: NEWEST_FIRST, limit: POPULAR_CANDIDATES, fields: withoutBody },
      )
      // A stable sort: among equal counts, the newer first, as they came.
      return newest
        .map(toSummary)
        .sort((a, b) => b.readCount - a.readCount)
        .slice(0, limit)
    },
  }
}

/**
 * Rewrites every article's search fields from its title, summary and body:
 * the migration for articles written before the token field existed (or
 * after the tokenizing changes). A maintenance job, run from a workstation
 * (`npm run reindex:cloud`): it reads each article once, in pages by _id,
 * and updates each; running it again is harmless. Answers how many it wrote.
 */
export async function reindexSearch(driver: CloudDriver, collection: string, batch = REINDEX_BATCH): Promise<number> {
  const _ = driver.command
  let written = 0
  let after: string | undefined
  for (;;) {
    const page = await driver.find(collection, after === undefined ? {} : { _id: _.gt(after) }, {
      orderBy: [['_id', 'asc']],
      limit: batch,
      fields: { title: true, summary: true, blocks: true },
    })
    await Promise.all(
      page.map((doc) =>
        driver.update(
          collection,
          { _id: doc._id },
          searchFields({ title: doc.title as string, summary: doc.summary as string, blocks: doc.blocks as Block[] }),
        ),
      ),
    )
    written += page.length
    if (page.length < batch) return written
    after = page[page.length - 1]._id
  }
}
