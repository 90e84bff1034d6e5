import type { ContentCheck } from '../../server/core/content-check'
import { ADMIN, STORE_KINDS, testContentCheck } from '../support/backend'
import { ARTICLE, commentWorld, MINUTE, OTHER_ARTICLE, READERS, textsOf, type CommentWorld } from '../support/comments'

const { alice, bob, carol } = READERS

/** The test backend's content check, recording what it was asked. */
function recordingCheck() {
  const asked: { text: string; openid: string }[] = []
  const check: ContentCheck = {
    async check(request) {
      asked.push(request)
      return testContentCheck.check(request)
    },
  }
  return { asked, check }
}

describe.each(STORE_KINDS)('limits, failures and privacy of comments on %s', (kind) => {
  let world: CommentWorld
  let asked: { text: string; openid: string }[]
  beforeEach(async () => {
    const recording = recordingCheck()
    asked = recording.asked
    world = await commentWorld(kind, { contentCheck: recording.check, latencyMs: 1 })
  })
  afterEach(() => world.backend.close())

  /** Readers besides the four of the world, each signed in with a phone of their own. */
  const signedInReaders = async (n: number) => {
    const openids = Array.from({ length: n }, (_, i) => `reader-${i}`)
    for (const [i, openid] of openids.entries())
      await world.backend.data('auth.phoneLogin', { code: `dev-139000000${String(i).padStart(2, '0')}` }, openid)
    return openids
  }
  const add = (text: string, openid: string | null = alice.openid, articleId = ARTICLE) =>
    world.backend.call('comments.add', { articleId, text }, openid)
  const storedTexts = async () =>
    textsOf((await world.backend.data('admin.comments.list', { status: 'pending', pageSize: 20 }, ADMIN)).items)

  it('asks WeChat’s check about the text as stored, as its writer, and stores nothing when the check fails', async () => {
    await world.write('  机采棉   比例 ')
    expect(asked).toEqual([{ text: '机采棉 比例', openid: alice.openid }])

    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const before = world.backend.snapshot()
    expect(await add('繁忙时 wechat-error--1')).toEqual({
      ok: false,
      error: { code: 'UPSTREAM', message: '微信服务繁忙，请稍后再试' },
    })
    expect(await add('超额时 wechat-error-45011')).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(await add('其他错误 wechat-error-40003')).toMatchObject({ ok: false, error: { code: 'UPSTREAM' } })
    expect(world.backend.snapshot()).toEqual(before)
    quiet.mockRestore()
  })

  it('refuses before asking WeChat: bad text, no reader, an unknown article', async () => {
    await add('')
    await add('没登录', null)
    await add('没登录', 'stranger-openid')
    await add('文章不存在', alice.openid, 'no-such-article')
    expect(asked).toEqual([])
  })

  it('takes five comments a minute from a reader, deleted ones counted, and nothing more', async () => {
    const written = []
    for (let i = 1; i <= 5; i++) written.push(await world.write(`第 ${i} 条`))
    await world.backend.data('comments.delete', { id: written[0].id }, alice.openid)
    const checked = asked.length
    const before = world.backend.snapshot()
    expect(await add('第 6 条')).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '留言太频繁，请稍后再试' },
    })
    expect(world.backend.snapshot()).toEqual(before)
    expect(asked).toHaveLength(checked)

    // Other readers are not held back.
    expect(await world.write('别人的留言', 'bob')).toMatchObject({ state: 'pending' })
    world.advance(MINUTE)
    expect(await world.write('一分钟后')).toMatchObject({ state: 'pending' })
  })

  // Fifty-one writes: a longer timeout leaves room for a busy machine.
  it('takes fifty comments a day (the last 24 hours) from a reader', async () => {
    for (let i = 1; i <= 50; i++) {
      await world.write(`第 ${i} 条`, 'alice', i % 2 ? ARTICLE : OTHER_ARTICLE)
      world.advance(2 * MINUTE)
    }
    const before = world.backend.snapshot()
    expect(await add('第 51 条')).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '每天最多留言 50 条，请明天再来' },
    })
    expect(world.backend.snapshot()).toEqual(before)
    // A day after the first one, there is room for one more.
    world.advance(24 * 60 * MINUTE - 100 * MINUTE)
    expect(await world.write('第二天')).toMatchObject({ state: 'pending' })
    expect(await add('再来一条')).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
  }, 20_000)

  it('never lets comments sent at once get past the limit, and keeps exactly what it answered ok', async () => {
    const burst = (n: number, from: number) =>
      Promise.all(Array.from({ length: n }, (_, i) => add(`同时发出的第 ${from + i} 条`)))
    const within = await burst(3, 1)
    expect(within.every((answer) => answer.ok)).toBe(true)

    const beyond = await burst(6, 4)
    const accepted = beyond.filter((answer) => answer.ok)
    expect(beyond.filter((answer) => !answer.ok)).toEqual(
      Array(6 - accepted.length).fill({
        ok: false,
        error: { code: 'RATE_LIMITED', message: '留言太频繁，请稍后再试' },
      }),
    )
    // SQLite counts in one transaction: exactly two more. CloudBase counts
    // after writing, without transactions: never more than two.
    if (kind === 'sqlite') expect(accepted).toHaveLength(2)
    else expect(accepted.length).toBeLessThanOrEqual(2)
    expect((await storedTexts()).sort()).toEqual(
      [...within, ...accepted].map((answer) => (answer.ok ? answer.data.comment.text : '')).sort(),
    )
  })

  it('counts likes from many readers at once exactly, and a double tap leaves like and count agreeing', async () => {
    const { id } = await world.selected('大家都来点赞', 'bob')
    const readers = await signedInReaders(12)
    const toggleAll = () => Promise.all(readers.map((openid) => world.backend.data('comments.like', { id }, openid)))

    expect((await toggleAll()).every((answer) => answer.liked)).toBe(true)
    expect((await world.shown(null)).items[0].likes).toBe(12)
    expect((await toggleAll()).every((answer) => !answer.liked)).toBe(true)
    expect((await world.shown(null)).items[0].likes).toBe(0)

    await Promise.all([world.like(id, 'alice'), world.like(id, 'alice'), world.like(id, 'carol')])
    const [shown] = (await world.shown('alice')).items
    expect(shown.likes).toBe(shown.liked ? 2 : 1)
  })

  it('counts reports from many readers at once, each once, and takes the comment out of the count once', async () => {
    const { id } = await world.selected('被很多人举报', 'bob')
    await world.selected('没人举报', 'carol')
    const readers = await signedInReaders(12)
    await Promise.all([...readers, ...readers].map((openid) => world.backend.data('comments.report', { id }, openid)))
    expect((await world.shown(null)).count).toBe(1)
    expect((await world.backend.data('admin.comments.list', { status: 'reported' }, ADMIN)).items).toEqual([
      expect.objectContaining({ id, reports: 12 }),
    ])
  })

  it('keeps the selected count exact when operators and readers act at once', async () => {
    const comments = []
    for (const reader of ['alice', 'bob', 'carol'] as const) {
      comments.push(await world.write(`${reader} 的第一条`, reader))
      comments.push(await world.write(`${reader} 的第二条`, reader))
    }
    const moderate = (id: string, action: 'select' | 'unselect' | 'hide') =>
      world.backend.call('admin.comments.moderate', { id, action }, ADMIN)
    // Every comment selected, each of them twice over, at once.
    await Promise.all([...comments, ...comments].map(({ id }) => moderate(id, 'select')))
    expect((await world.shown(null)).count).toBe(6)

    const [a1, a2, b1, b2, c1, c2] = comments
    await Promise.all([
      world.backend.call('comments.report', { id: a1.id }, bob.openid),
      world.backend.call('comments.report', { id: a1.id }, carol.openid),
      moderate(a1.id, 'hide'),
      world.backend.call('comments.delete', { id: a2.id }, alice.openid),
      moderate(a2.id, 'unselect'),
      moderate(b1.id, 'hide'),
      moderate(b1.id, 'unselect'),
      world.backend.call('comments.report', { id: b2.id }, alice.openid),
      moderate(c1.id, 'select'),
      world.backend.call('comments.delete', { id: c2.id }, carol.openid),
    ])
    const shown = await world.shown(null)
    expect(shown.count).toBe(shown.items.length)
    expect(textsOf(shown.items)).toEqual(['carol 的第一条'])
  })

  it('deletes a reader’s comments, likes and reports with their account, and fixes the counts', async () => {
    const own = await world.selected('alice 的精选留言', 'alice')
    await world.write('alice 的待精选留言', 'alice')
    await world.selected('alice 在另一篇的留言', 'alice', OTHER_ARTICLE)
    const bobs = await world.selected('bob 的精选留言', 'bob')
    const carols = await world.selected('carol 的精选留言', 'carol')
    await world.like(own.id, 'bob')
    await world.like(bobs.id, 'alice')
    await world.like(bobs.id, 'carol')
    await world.backend.data('comments.report', { id: carols.id }, alice.openid)
    expect((await world.shown(null)).count).toBe(2)

    expect(await world.backend.data('auth.deleteAccount', {}, alice.openid)).toEqual({})

    const shown = await world.shown('bob')
    expect(shown.count).toBe(1)
    expect(shown.items).toEqual([expect.objectContaining({ text: 'bob 的精选留言', likes: 1, mine: true })])
    expect(await world.shown('bob', OTHER_ARTICLE)).toEqual({ count: 0, items: [], nextCursor: null })
    expect(await world.backend.call('comments.like', { id: own.id }, bob.openid)).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
    // A report already made still waits for an operator's look.
    const reported = await world.backend.data('admin.comments.list', { status: 'reported' }, ADMIN)
    expect(reported.items).toEqual([expect.objectContaining({ id: carols.id })])

    const stored = JSON.stringify(world.backend.snapshot())
    expect(stored).not.toContain(alice.openid)
    expect(stored).not.toContain('alice 的')

    // Signed in again, the reader starts afresh.
    await world.backend.data('auth.phoneLogin', { code: `dev-${alice.phone}` }, alice.openid)
    expect((await world.shown('alice')).items.filter((item) => item.mine)).toEqual([])
  })

  it('never answers an openid or more of a phone number than its last two digits', async () => {
    const answers: unknown[] = []
    const call = async (action: string, payload: unknown, openid: string | null) => {
      const answer = await world.backend.call(action as 'comments.list', payload, openid)
      answers.push(answer)
      return answer
    }
    const written = await call('comments.add', { articleId: ARTICLE, text: '隐私测试' }, alice.openid)
    const id = written.ok ? (written.data as unknown as { comment: { id: string } }).comment.id : ''
    await call('comments.add', { articleId: ARTICLE, text: '待审测试' }, bob.openid)
    await call('admin.comments.moderate', { id, action: 'select', reply: '谢谢' }, ADMIN)
    await call('comments.like', { id }, bob.openid)
    await call('comments.like', { id }, carol.openid)
    for (const openid of [alice.openid, bob.openid, carol.openid, ADMIN, null]) {
      await call('articles.get', { id: ARTICLE }, openid)
      await call('comments.list', { articleId: ARTICLE }, openid)
    }
    for (const status of ['pending', 'review', 'reported', 'selected', 'hidden'])
      await call('admin.comments.list', { status }, ADMIN)
    await call('comments.report', { id }, carol.openid)
    await call('admin.comments.list', { status: 'reported' }, ADMIN)
    await call('comments.delete', { id }, bob.openid)
    await call('comments.report', { id }, alice.openid)
    await call('comments.add', { articleId: ARTICLE, text: '违规测试' }, alice.openid)
    await call('admin.comments.moderate', { id, action: 'hide' }, ADMIN)

    const authors: unknown[] = []
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk)
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          expect(key).not.toMatch(/openid|phone/i)
          if (key === 'author') authors.push(inner)
          walk(inner)
        }
    }
    walk(answers)
    expect(authors.length).toBeGreaterThan(10)
    for (const author of authors) expect(author).toMatch(/^读者\d{2}$/)
    const text = JSON.stringify(answers)
    for (const { openid, phone } of Object.values(READERS)) {
      expect(text).not.toContain(openid)
      expect(text).not.toContain(phone.slice(0, 7))
      expect(text).not.toContain(phone.slice(-4))
    }
    expect(text).not.toContain(ADMIN)
  })
})
