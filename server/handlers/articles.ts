import * as v from 'valibot'
import { decodeCursor, encodeCursor, type CursorKey } from '../core/cursor'
import { entryOfScene } from '../../src/contract/rules'
import { invalid, notFound } from '../core/errors'
import { id, pageRequest, payload, scene } from '../core/validate'
import type { Context } from '../core/context'
import type { ArticleSummary } from '../../src/contract/models'
import type { Store } from '../store/types'
import { firstComments } from './comments'
import { defineHandler } from './define'

const RELATED_COUNT = 3

/** A page of the feed order from a query that takes where to start and how many. */
async function page(
  query: (after: CursorKey | undefined, limit: number) => Promise<ArticleSummary[]>,
  cursor: string | undefined,
  pageSize: number,
) {
  const after = cursor === undefined ? undefined : decodeCursor(cursor)
  // One extra row tells whether another page exists without a count query.
  const rows = await query(after, pageSize + 1)
  const items = rows.slice(0, pageSize)
  const last = items[items.length - 1]
  const nextCursor = rows.length > pageSize && last ? encodeCursor({ at: last.publishedAt, id: last.id }) : null
  return { items, nextCursor }
}

const listSchema = payload({
  category: v.optional(id('category')),
  withCategories: v.optional(v.boolean('withCategories 应为布尔值')),
  ...pageRequest,
})

export const listArticles = defineHandler<'articles.list', typeof listSchema>(
  listSchema,
  async ({ category, cursor, pageSize, withCategories }, { store }) => {
    const [feed, categories] = await Promise.all([
      page((after, limit) => store.listArticles({ category, after, limit }), cursor, pageSize),
      withCategories ? store.listCategories() : undefined,
    ])
    return categories ? { ...feed, categories } : feed
  },
)

const getSchema = v.pipe(
  payload({ id: v.optional(id('id')), channel: v.optional(id('channel')), scene }),
  v.check(
    (input) => (input.id === undefined) !== (input.channel === undefined),
    '请提供文章 id 或渠道 channel（二选一）',
  ),
)

const ARTICLE_GONE = '文章不存在或已下线'

/** The article a payload opens, and the code it came through (an archived code is as good as unknown). */
async function targetOf(input: v.InferOutput<typeof getSchema>, store: Store) {
  if (input.id !== undefined) return { articleId: input.id, channel: null }
  const channel = await store.findChannel(input.channel as string)
  if (!channel || channel.archived) throw notFound('二维码已失效')
  if (!channel.articleId) throw invalid('该渠道指向首页，没有对应文章')
  return { articleId: channel.articleId, channel: { code: channel.code, kind: channel.kind } }
}

export const getArticle = defineHandler<'articles.get', typeof getSchema>(
  getSchema,
  async (input, { store, openid, now }: Context) => {
    const { articleId, channel } = await targetOf(input, store)
    const sceneNumber = input.scene ?? null
    const reader = openid ? store.findUser(openid) : Promise.resolve(null)
    // The read, its count, its visit, the reader's favorite and the first comments go out together.
    const [opened, user, saved, comments] = await Promise.all([
      store.openArticle(
        articleId,
        {
          openid,
          scene: sceneNumber,
          // A poster's code is told apart by its kind, whatever the scene of its scan.
          entry: channel?.kind === 'poster' ? 'poster' : entryOfScene(sceneNumber),
          channel,
          at: now().toISOString(),
        },
        { related: RELATED_COUNT },
      ),
      reader,
      openid ? store.isFavorite(openid, articleId) : false,
      firstComments({ store, openid, reader }, articleId),
    ])
    if (!opened) throw notFound(ARTICLE_GONE)
    return {
      article: opened.article,
      related: opened.related,
      favorited: Boolean(user?.signedIn && saved),
      comments,
    }
  },
)
