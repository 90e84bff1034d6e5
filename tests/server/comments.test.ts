import { ADMIN, STORE_KINDS } from '../support/backend'
import { ARTICLE, commentWorld, OTHER_ARTICLE, READERS, textsOf, type CommentWorld } from '../support/comments'

const { alice, bob } = READERS

describe.each(STORE_KINDS)('reading and writing comments on %s', (kind) => {
  let world: CommentWorld
  beforeEach(async () => {
    world = await commentWorld(kind)
  })
  afterEach(() => world.backend.close())

  it('shows a new comment at once to its writer, pending, and to nobody else', async () => {
    const comment = await world.write('今年新疆棉的机采率还会再提高吗？')
    expect(comment).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
      author: '读者78',
      text: '今年新疆棉的机采率还会再提高吗？',
      createdAt: expect.any(String),
      likes: 0,
      liked: false,
      mine: true,
      state: 'pending',
    })
    expect(await world.shown('alice')).toEqual({ count: 0, items: [comment], nextCursor: null })
    expect(await world.shown('bob')).toEqual({ count: 0, items: [], nextCursor: null })
    expect(await world.shown(null)).toEqual({ count: 0, items: [], nextCursor: null })
    expect(await world.backend.data('comments.list', { articleId: ARTICLE }, bob.openid)).toEqual({
      items: [],
      nextCursor: null,
    })
    expect((await world.shown('alice', OTHER_ARTICLE)).items).toEqual([])
  })

  it('shows a selected comment to everyone, counted, with the operator’s reply', async () => {
    const { id } = await world.write('轧花厂的排队时间比去年短了不少。')
    const selected = await world.moderate(id, 'select', '感谢分享一线见闻！')
    expect(selected).toMatchObject({
      id,
      state: 'selected',
      reply: { text: '感谢分享一线见闻！', at: expect.any(String) },
    })

    for (const reader of ['bob', null] as const) {
      const { count, items } = await world.shown(reader)
      expect(count).toBe(1)
      expect(items).toEqual([{ ...selected, mine: false, liked: false }])
    }
    // The writer sees it once, now among the selected ones.
    expect((await world.shown('alice')).items).toEqual([{ ...selected, mine: true }])
  })

  it('stores what WeChat’s check wants reviewed as 审核中 for its writer only, and refuses what it calls risky', async () => {
    const review = await world.write('这条留言待审测试一下')
    expect(review.state).toBe('review')
    expect(textsOf((await world.shown('alice')).items)).toEqual(['这条留言待审测试一下'])
    expect((await world.shown('bob')).items).toEqual([])

    const before = world.backend.snapshot()
    expect(
      await world.backend.call('comments.add', { articleId: ARTICLE, text: '违规测试内容' }, alice.openid),
    ).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: '留言含有不适宜发布的内容，请修改后再试' },
    })
    expect(world.backend.snapshot()).toEqual(before)
  })

  it('keeps text plain: markup stays text, whitespace collapsed, Unicode NFC, invisible marks dropped', async () => {
    const hostile = await world.write('  <script>alert(1)</script>\t\t<img src=x onerror="alert(1)">  ')
    expect(hostile.text).toBe('<script>alert(1)</script> <img src=x onerror="alert(1)">')
    await world.moderate(hostile.id, 'select', '<b>谢谢</b>')
    expect((await world.shown('bob')).items[0]).toMatchObject({
      text: '<script>alert(1)</script> <img src=x onerror="alert(1)">',
      reply: { text: '<b>谢谢</b>' },
    })

    expect((await world.write('第一行  \r\n\n\n  第二行\u3000\u3000第三段')).text).toBe('第一行\n第二行 第三段')
    // e + combining acute is é; a right-to-left override and a zero-width space are gone.
    expect((await world.write('Cafe\u0301 \u202Eabc\u200B')).text).toBe('Café abc')
    // Joiners stay: a family emoji is still one.
    expect((await world.write('👨‍👩‍👧 点赞')).text).toBe('👨‍👩‍👧 点赞')
  })

  it('takes 1–500 characters as a reader counts them, and refuses anything else with nothing written', async () => {
    expect((await world.write('棉'.repeat(500))).text).toHaveLength(500)
    world.advance(60_000)
    // 500 emoji of a family: 500 characters, 2500 code points.
    expect((await world.write('👨‍👩‍👧'.repeat(500))).text).toBe('👨‍👩‍👧'.repeat(500))

    const before = world.backend.snapshot()
    const refusals: [unknown, string][] = [
      ['', '请输入留言内容'],
      [' \n\t\u3000 ', '请输入留言内容'],
      ['棉'.repeat(501), '留言不能超过 500 个字'],
      ['👍'.repeat(501), '留言不能超过 500 个字'],
      // One character with 3000 marks on it: too long for WeChat's check.
      [`a${'\u0301'.repeat(3000)}`, '留言不能超过 500 个字'],
      ['a'.repeat(100_000), '留言不能超过 500 个字'],
      [42, '留言应为文字'],
      [{ $gt: '' }, '留言应为文字'],
    ]
    for (const [text, message] of refusals)
      expect(await world.backend.call('comments.add', { articleId: ARTICLE, text }, alice.openid)).toEqual({
        ok: false,
        error: { code: 'INVALID_ARGUMENT', message },
      })
    expect(await world.backend.call('comments.add', { articleId: ARTICLE }, alice.openid)).toMatchObject({
      error: { code: 'INVALID_ARGUMENT' },
    })
    expect(world.backend.snapshot()).toEqual(before)
  })

  it('lets anyone read, and only a signed-in reader write, like, report or delete', async () => {
    const { id } = await world.selected('新疆长绒棉的价格走势值得关注。', 'bob')
    await world.backend.data('auth.logout', {}, alice.openid)
    const readers = [null, 'stranger-openid', alice.openid]
    for (const openid of readers) {
      expect((await world.backend.data('articles.get', { id: ARTICLE }, openid)).comments.count).toBe(1)
      expect((await world.backend.data('comments.list', { articleId: ARTICLE }, openid)).items).toHaveLength(1)
    }
    const before = world.backend.snapshot()
    for (const openid of readers) {
      for (const [action, payload] of [
        ['comments.add', { articleId: ARTICLE, text: '我也想说两句' }],
        ['comments.like', { id }],
        ['comments.report', { id }],
        ['comments.delete', { id }],
      ] as const)
        expect(await world.backend.call(action, payload, openid)).toMatchObject({
          ok: false,
          error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/登录|前往小程序/) },
        })
    }
    expect(world.backend.snapshot()).toEqual(before)
  })

  it('hides a logged-out reader’s own unselected comments until they sign in again', async () => {
    await world.write('还没精选的留言')
    await world.backend.data('auth.logout', {}, alice.openid)
    expect((await world.shown('alice')).items).toEqual([])
    await world.backend.data('auth.phoneLogin', { code: `dev-${alice.phone}` }, alice.openid)
    expect(textsOf((await world.shown('alice')).items)).toEqual(['还没精选的留言'])
  })

  it('refuses comments under an unknown or unpublished article', async () => {
    await world.backend.store.unpublishArticle('article-0003')
    const before = world.backend.snapshot()
    for (const articleId of ['no-such-article', 'article-0003']) {
      const refused = { ok: false, error: { code: 'NOT_FOUND', message: '文章不存在或已下线' } }
      expect(await world.backend.call('comments.add', { articleId, text: '你好' }, alice.openid)).toEqual(refused)
      expect(await world.backend.call('comments.list', { articleId }, alice.openid)).toEqual(refused)
    }
    expect(world.backend.snapshot()).toEqual(before)
  })

  it('keeps one reader’s comment from another: no seeing it pending, no deleting it, no liking it', async () => {
    const pending = await world.write('待精选的留言')
    const before = world.backend.snapshot()
    for (const action of ['comments.delete', 'comments.like', 'comments.report'] as const)
      expect(await world.backend.call(action, { id: pending.id }, bob.openid)).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: '留言不存在或已删除' },
      })
    expect(await world.backend.call('comments.like', { id: pending.id }, alice.openid)).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: '留言精选后才能点赞' },
    })
    expect(world.backend.snapshot()).toEqual(before)

    await world.moderate(pending.id, 'select')
    const selected = world.backend.snapshot()
    expect(await world.backend.call('comments.delete', { id: pending.id }, bob.openid)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只能删除自己的留言' },
    })
    expect(world.backend.snapshot()).toEqual(selected)
    expect((await world.shown('bob')).count).toBe(1)
  })

  it('lets a writer delete their comment: gone from every list and count, its likes with it', async () => {
    const { id } = await world.selected('这条我想删掉')
    await world.like(id, 'bob')
    expect(await world.backend.data('comments.delete', { id }, alice.openid)).toEqual({})

    for (const reader of ['alice', 'bob', null] as const)
      expect(await world.shown(reader)).toEqual({ count: 0, items: [], nextCursor: null })
    for (const status of ['pending', 'review', 'reported', 'selected', 'hidden'] as const)
      expect((await world.backend.data('admin.comments.list', { status }, ADMIN)).items).toEqual([])
    const gone = { ok: false, error: { code: 'NOT_FOUND', message: '留言不存在或已删除' } }
    expect(await world.backend.call('comments.delete', { id }, alice.openid)).toEqual(gone)
    expect(await world.backend.call('comments.like', { id }, bob.openid)).toEqual(gone)
    expect(await world.backend.call('admin.comments.moderate', { id, action: 'select' }, ADMIN)).toEqual(gone)
    expect(JSON.stringify(world.backend.snapshot())).not.toContain('这条我想删掉')
  })

  it('toggles a like once per reader, tells each reader theirs, and lists the most liked first', async () => {
    const first = await world.selected('第一条', 'alice')
    const second = await world.selected('第二条', 'bob')
    expect(textsOf((await world.shown(null)).items)).toEqual(['第二条', '第一条'])

    expect(await world.like(first.id, 'bob')).toEqual({ liked: true, likes: 1 })
    expect(await world.like(first.id, 'carol')).toEqual({ liked: true, likes: 2 })
    expect(await world.like(first.id, 'alice')).toEqual({ liked: true, likes: 3 })
    expect(await world.like(first.id, 'alice')).toEqual({ liked: false, likes: 2 })

    const { items } = await world.shown('carol')
    expect(items.map(({ text, likes, liked }) => ({ text, likes, liked }))).toEqual([
      { text: '第一条', likes: 2, liked: true },
      { text: '第二条', likes: 0, liked: false },
    ])
    expect((await world.shown('alice')).items.map((item) => item.liked)).toEqual([false, false])
    expect(second.likes).toBe(0)
  })

  it('takes a reported comment out of the public list until an operator looks again', async () => {
    const { id } = await world.selected('被人举报的留言', 'alice')
    expect(await world.backend.data('comments.report', { id, reason: '  广告  ' }, bob.openid)).toEqual({})

    expect(await world.shown('carol')).toEqual({ count: 0, items: [], nextCursor: null })
    // Its writer still sees it as they left it.
    expect((await world.shown('alice')).items).toEqual([expect.objectContaining({ id, state: 'selected', mine: true })])
    const like = await world.backend.call('comments.like', { id }, READERS.carol.openid)
    expect(like).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })

    // Reported again by another reader, and twice by the same one: counted once each.
    await world.backend.data('comments.report', { id }, READERS.carol.openid)
    await world.backend.data('comments.report', { id }, bob.openid)
    const queue = await world.backend.data('admin.comments.list', { status: 'reported' }, ADMIN)
    expect(queue.items).toEqual([expect.objectContaining({ id, reports: 2, state: 'selected' })])

    await world.moderate(id, 'select')
    expect((await world.shown('carol')).count).toBe(1)
    expect((await world.backend.data('admin.comments.list', { status: 'reported' }, ADMIN)).items).toEqual([])
    // A reader reports a comment once: the operator's decision stands against the same reader.
    await world.backend.data('comments.report', { id }, bob.openid)
    expect((await world.shown('carol')).count).toBe(1)

    await world.backend.data('comments.report', { id }, READERS.dave.openid)
    await world.moderate(id, 'hide')
    expect((await world.shown('carol')).items).toEqual([])
    expect((await world.shown('alice')).items).toEqual([expect.objectContaining({ id, state: 'hidden' })])
  })

  it('refuses reports of one’s own comment or of one nobody else can see, writing nothing', async () => {
    const own = await world.selected('自己的留言', 'alice')
    const pending = await world.write('别人的待精选留言', 'bob')
    const before = world.backend.snapshot()
    expect(await world.backend.call('comments.report', { id: own.id }, alice.openid)).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: '不能举报自己的留言' },
    })
    expect(await world.backend.call('comments.report', { id: pending.id }, alice.openid)).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
    expect(
      await world.backend.call('comments.report', { id: own.id, reason: '理'.repeat(201) }, bob.openid),
    ).toMatchObject({ error: { code: 'INVALID_ARGUMENT', message: '举报理由不能超过 200 个字' } })
    expect(world.backend.snapshot()).toEqual(before)
  })

  it('pages: the reader’s own unselected comments first, then the selected, most liked then newest', async () => {
    const writers = ['bob', 'carol', 'dave'] as const
    const selected: string[] = []
    for (let i = 0; i < 12; i++) {
      const comment = await world.selected(`精选 ${i}`, writers[i % 3])
      selected.push(comment.id)
      if (i % 3 === 2) world.advance(60_000)
    }
    await world.like(selected[3], 'alice')
    await world.like(selected[3], 'bob')
    await world.like(selected[7], 'alice')
    await world.write('我的第一条')
    await world.write('我的第二条')

    const expected = [
      '我的第二条',
      '我的第一条',
      '精选 3',
      '精选 7',
      ...[11, 10, 9, 8, 6, 5, 4, 2, 1, 0].map((i) => `精选 ${i}`),
    ]
    const first = await world.shown('alice')
    expect(first.count).toBe(12)
    expect(textsOf(first.items)).toEqual(expected.slice(0, 12))
    expect(first.items.slice(0, 2).every((item) => item.mine && item.state === 'pending')).toBe(true)
    const rest = await world.backend.data(
      'comments.list',
      { articleId: ARTICLE, cursor: first.nextCursor as string },
      alice.openid,
    )
    expect(textsOf(rest.items)).toEqual(expected.slice(12))
    expect(rest.nextCursor).toBeNull()

    // comments.list from the start, in pages of 5: every comment once, in the same order.
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await world.backend.data('comments.list', { articleId: ARTICLE, pageSize: 5, cursor }, alice.openid)
      expect(page.items.length).toBeLessThanOrEqual(5)
      seen.push(...textsOf(page.items))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(seen).toEqual(expected)

    // Another reader sees only the selected ones.
    expect(textsOf((await world.shown('bob')).items)).toEqual(expected.slice(2, 12))
  })

  it('refuses a cursor it did not make', async () => {
    const forged = [
      'not-a-cursor',
      Buffer.from('[null,null]').toString('base64url'),
      Buffer.from('[[],[-1,"2026-11-27T02:00:00.000Z","x"]]').toString('base64url'),
      Buffer.from('[["yesterday","x"],[]]').toString('base64url'),
    ]
    for (const cursor of forged)
      expect(await world.backend.call('comments.list', { articleId: ARTICLE, cursor }, alice.openid)).toEqual({
        ok: false,
        error: { code: 'INVALID_ARGUMENT', message: '分页参数无效，请刷新后重试' },
      })
  })
})

describe('articles.get with comments on CloudBase', () => {
  it('sends the comments’ reads together with the article’s, not after them', async () => {
    const world = await commentWorld('cloudbase/wx-server-sdk', { latencyMs: 5 })
    const { id } = await world.selected('一起发出的请求', 'bob')
    await world.like(id, 'alice')
    world.backend.standIn?.resetStats()
    const { comments } = await world.backend.data('articles.get', { id: ARTICLE }, alice.openid)
    expect(comments.items).toEqual([expect.objectContaining({ id, liked: true })])
    // The article, its read marker and visit (and the reader's deletion check), the reader
    // (read once, for the favorite and the comments alike), the favorite, and the comments'
    // count, the reader's own and the selected ones.
    expect(world.backend.standIn?.maxInFlight).toBeGreaterThanOrEqual(8)
    await world.backend.close()
  })
})
