import type { Store } from '../../server/store/types'

export interface SeedOptions {
  /** Left unselected (待精选), written by this reader, instead of selected ones by many. */
  pendingBy?: { openid: string; author: string }
  /** The n-th comment's text (0 first). */
  text?: (n: number) => string
  /** 作者回复 under every comment. */
  reply?: string
}

/**
 * `count` selected comments under an article, written to the store past the
 * handlers (and so past the writers' rate limits): the n-th is the (n+1)-th
 * newest, by 读者 and two digits that change with n. With `pendingBy`, that
 * reader's own comments waiting for selection instead.
 */
export async function seedComments(store: Store, articleId: string, count: number, options: SeedOptions = {}) {
  const { text = (n: number) => `第 ${n + 1} 条精选留言：今年的棉价走势值得关注。`, reply, pendingBy } = options
  const newest = Date.parse('2026-11-20T08:00:00.000Z')
  for (let n = 0; n < count; n++) {
    const id = `seeded-${pendingBy ? 'pending' : 'selected'}-${n}`
    const createdAt = new Date(newest - n * 60_000).toISOString()
    const record = {
      id,
      articleId,
      openid: pendingBy?.openid ?? `seed-writer-${n}`,
      author: pendingBy?.author ?? `读者${String(10 + (n % 90))}`,
      text: text(n),
      createdAt,
      status: 'pending' as const,
      likes: 0,
      reports: 0,
      reply: null,
    }
    if (!(await store.addComment(record, []))) throw new Error(`comment ${id} not stored`)
    if (!pendingBy)
      await store.moderateComment(id, {
        status: 'selected',
        ...(reply ? { reply: { text: reply, at: createdAt } } : {}),
      })
  }
}
