import type { CommentQueue } from '../../src/contract/api'
import { ADMIN, STORE_KINDS } from '../support/backend'
import { ARTICLE, commentWorld, OTHER_ARTICLE, READERS, textsOf, type CommentWorld } from '../support/comments'

describe.each(STORE_KINDS)('moderating comments on %s', (kind) => {
  let world: CommentWorld
  beforeEach(async () => {
    world = await commentWorld(kind)
  })
  afterEach(() => world.backend.close())

  const queue = async (status: CommentQueue, pageSize = 20, cursor?: string) =>
    world.backend.data('admin.comments.list', { status, pageSize, ...(cursor ? { cursor } : {}) }, ADMIN)
  const countShown = async () => (await world.shown(null)).count

  it('lists each queue newest first, with the article’s title and open reports, paged', async () => {
    await world.write('待精选 1', 'alice')
    await world.write('待精选 2', 'bob', OTHER_ARTICLE)
    await world.write('待精选 3', 'carol')
    await world.write('待审测试的留言', 'dave')
    const selected = await world.selected('已精选', 'alice')
    const hidden = await world.write('要隐藏的', 'bob')
    await world.moderate(hidden.id, 'hide')
    const reported = await world.selected('被举报的', 'carol')
    await world.backend.data('comments.report', { id: reported.id }, READERS.dave.openid)
    await world.like(selected.id, 'bob')

    const pending = await queue('pending')
    expect(textsOf(pending.items)).toEqual(['待精选 3', '待精选 2', '待精选 1'])
    expect(pending.items[1]).toEqual({
      id: expect.any(String),
      author: '读者12',
      text: '待精选 2',
      createdAt: expect.any(String),
      likes: 0,
      liked: false,
      mine: false,
      state: 'pending',
      articleId: OTHER_ARTICLE,
      articleTitle: '第 2 篇：阿克苏长绒棉采收进度',
      reports: 0,
    })
    expect(textsOf((await queue('review')).items)).toEqual(['待审测试的留言'])
    expect((await queue('selected')).items).toEqual([
      expect.objectContaining({ text: '已精选', state: 'selected', likes: 1, reports: 0, articleId: ARTICLE }),
    ])
    expect((await queue('hidden')).items).toEqual([expect.objectContaining({ text: '要隐藏的', state: 'hidden' })])
    expect((await queue('reported')).items).toEqual([
      expect.objectContaining({ text: '被举报的', state: 'selected', reports: 1 }),
    ])

    const first = await queue('pending', 2)
    expect(textsOf(first.items)).toEqual(['待精选 3', '待精选 2'])
    const second = await queue('pending', 2, first.nextCursor as string)
    expect(second).toEqual({ items: [expect.objectContaining({ text: '待精选 1' })], nextCursor: null })
  })

  it('is for operators only, and writes nothing for anyone else', async () => {
    const { id } = await world.write('等待精选')
    const before = world.backend.snapshot()
    for (const openid of [null, READERS.alice.openid, READERS.bob.openid]) {
      expect(await world.backend.call('admin.comments.list', { status: 'pending' }, openid)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
      expect(await world.backend.call('admin.comments.moderate', { id, action: 'select' }, openid)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
    }
    expect(world.backend.snapshot()).toEqual(before)
  })

  it('moves a comment between the queues, the article’s count following every move', async () => {
    const { id } = await world.write('来回移动的留言')
    const steps: [action: 'select' | 'unselect' | 'hide', state: string, count: number][] = [
      ['select', 'selected', 1],
      ['select', 'selected', 1],
      ['unselect', 'pending', 0],
      ['unselect', 'pending', 0],
      ['hide', 'hidden', 0],
      ['select', 'selected', 1],
      ['hide', 'hidden', 0],
      ['hide', 'hidden', 0],
      ['unselect', 'pending', 0],
    ]
    for (const [action, state, count] of steps) {
      expect((await world.moderate(id, action)).state).toBe(state)
      expect(await countShown()).toBe(count)
      expect((await queue(state as CommentQueue)).items.map((item) => item.id)).toEqual([id])
    }

    const review = await world.write('待审测试：运营看过后精选', 'bob')
    expect(review.state).toBe('review')
    await world.moderate(review.id, 'select')
    expect(await countShown()).toBe(1)
    expect((await queue('review')).items).toEqual([])
  })

  it('replies as 作者回复 with its time: the same text keeps it, new text renews it, an empty one removes it', async () => {
    const { id } = await world.write('请问下一期什么时候发？')
    const replied = await world.moderate(id, 'select', '  下周一发布，敬请关注。 ')
    expect(replied.reply).toEqual({ text: '下周一发布，敬请关注。', at: expect.any(String) })
    const first = replied.reply?.at as string

    // Select again without a reply, or with the same one: the reply and its time stay.
    expect((await world.moderate(id, 'select')).reply).toEqual({ text: '下周一发布，敬请关注。', at: first })
    expect((await world.moderate(id, 'select', '下周一发布，敬请关注。')).reply?.at).toBe(first)

    const renewed = (await world.moderate(id, 'select', '改到下周二。')).reply
    expect(renewed?.text).toBe('改到下周二。')
    expect(renewed && renewed.at > first).toBe(true)
    expect((await world.shown('bob')).items[0].reply).toEqual(renewed)

    const removed = await world.moderate(id, 'select', '   ')
    expect(removed).not.toHaveProperty('reply')
    expect((await world.shown('bob')).items[0]).not.toHaveProperty('reply')

    const before = world.backend.snapshot()
    expect(
      await world.backend.call('admin.comments.moderate', { id, action: 'select', reply: '答'.repeat(501) }, ADMIN),
    ).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', message: '回复不能超过 500 个字' } })
    expect(world.backend.snapshot()).toEqual(before)
  })

  it('answers a moderated comment as a Comment, and refuses unknown comments, actions and queues', async () => {
    const { id } = await world.write('普通留言')
    const { comment } = await world.backend.data('admin.comments.moderate', { id, action: 'select' }, ADMIN)
    expect(Object.keys(comment).sort()).toEqual([
      'author',
      'createdAt',
      'id',
      'liked',
      'likes',
      'mine',
      'state',
      'text',
    ])

    const before = world.backend.snapshot()
    expect(await world.backend.call('admin.comments.moderate', { id: 'no-such', action: 'hide' }, ADMIN)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '留言不存在或已删除' },
    })
    for (const payload of [
      { id, action: 'delete' },
      { id, action: 'select', reply: 42 },
      { id: '../x', action: 'select' },
    ])
      expect(await world.backend.call('admin.comments.moderate', payload, ADMIN)).toMatchObject({
        error: { code: 'INVALID_ARGUMENT' },
      })
    expect(await world.backend.call('admin.comments.list', { status: 'deleted' }, ADMIN)).toMatchObject({
      error: { code: 'INVALID_ARGUMENT', message: 'status 应为 pending、review、reported、selected 或 hidden' },
    })
    expect(world.backend.snapshot()).toEqual(before)
  })
})
