import type { Comment } from '../../src/contract/models'
import type { ContentCheck } from '../../server/core/content-check'
import { ADMIN, createTestBackend, makeArticle, type StoreKind, type TestBackend } from './backend'

/** Signed-in readers: each is shown as 读者 and the last two digits of the phone. */
export const READERS = {
  alice: { openid: 'alice-openid', phone: '13987650078' },
  bob: { openid: 'bob-openid', phone: '13987650012' },
  carol: { openid: 'carol-openid', phone: '13987650034' },
  dave: { openid: 'dave-openid', phone: '13987650056' },
} as const
export type Reader = keyof typeof READERS

export const ARTICLE = 'article-0001'
export const OTHER_ARTICLE = 'article-0002'
export const MINUTE = 60_000

export interface CommentWorld {
  backend: TestBackend
  /** Moves the handlers' clock on (each call to it also moves it one second). */
  advance(ms: number): void
  write(text: string, reader?: Reader, articleId?: string): Promise<Comment>
  moderate(id: string, action: 'select' | 'unselect' | 'hide', reply?: string): Promise<Comment>
  /** Writes and selects. */
  selected(text: string, reader?: Reader, articleId?: string): Promise<Comment>
  /** What articles.get answers under the article (null: an anonymous reader, as in single-page mode). */
  shown(
    reader: Reader | null,
    articleId?: string,
  ): Promise<{ count: number; items: Comment[]; nextCursor: string | null }>
  like(id: string, reader: Reader): Promise<{ liked: boolean; likes: number }>
}

/** Three articles, the four readers signed in, a clock one second further at each call. */
export async function commentWorld(
  kind: StoreKind,
  options: { contentCheck?: ContentCheck; latencyMs?: number } = {},
): Promise<CommentWorld> {
  let at = Date.parse('2026-11-27T02:00:00.000Z')
  const backend = await createTestBackend({
    kind,
    articles: [1, 2, 3].map((n) => makeArticle(n)),
    now: () => new Date((at += 1000)),
    ...options,
  })
  for (const { openid, phone } of Object.values(READERS))
    await backend.data('auth.phoneLogin', { code: `dev-${phone}` }, openid)

  const world: CommentWorld = {
    backend,
    advance: (ms) => void (at += ms),
    write: async (text, reader = 'alice', articleId = ARTICLE) =>
      (await backend.data('comments.add', { articleId, text }, READERS[reader].openid)).comment,
    moderate: async (id, action, reply) =>
      (await backend.data('admin.comments.moderate', { id, action, ...(reply === undefined ? {} : { reply }) }, ADMIN))
        .comment,
    async selected(text, reader, articleId) {
      const { id } = await world.write(text, reader, articleId)
      return world.moderate(id, 'select')
    },
    shown: async (reader, articleId = ARTICLE) =>
      (await backend.data('articles.get', { id: articleId }, reader && READERS[reader].openid)).comments,
    like: (id, reader) => backend.data('comments.like', { id }, READERS[reader].openid),
  }
  return world
}

export const textsOf = (items: Comment[]) => items.map((item) => item.text)
