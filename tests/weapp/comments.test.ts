/**
 * 精选留言 under an article, in the compiled weapp: what articles.get brought
 * (no call of its own), each state as its writer sees it, 作者回复, text
 * shown as text, 赞 (optimistic, rolled back on failure), 删除, 举报,
 * 查看更多留言 one comments.list per tap, and the logins each asks for.
 */
import type { Action, Payload } from '../../src/contract/api'
import type { Comment } from '../../src/contract/models'
import { composerUrl } from '../../src/utils/articleLinks'
import { formatListTime } from '../../src/utils/format'
import { ADMIN } from '../support/backend'
import { seedComments } from '../support/commentSeed'
import { READERS } from '../support/comments'
import { openPage, samplePerTest, type CloudBackend, type PageHandle } from '../support/weapp'

const ARTICLE = 'pages/article/index'
const ME = 'pages/me/index'
const { alice, bob } = READERS
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'

const sample = samplePerTest()

const send = <A extends Action>(action: A, payload: Payload<A>, openid: string | null) =>
  sample.backend.callAs(openid, action, payload)

const signIn = async ({ openid, phone }: { openid: string; phone: string }) =>
  send('auth.phoneLogin', { code: `dev-${phone}` }, openid)

/** Written by `reader`, then selected by an operator (with a reply when given). */
async function selected(text: string, reader: { openid: string }, reply?: string): Promise<Comment> {
  const { comment } = await send('comments.add', { articleId: sample.article.id, text }, reader.openid)
  return (await send('admin.comments.moderate', { id: comment.id, action: 'select', reply }, ADMIN)).comment
}

/**
 * The backend with each comments.like done at once, its answer held until a
 * `release()`; a release that comes before the answer lets it through.
 */
function holdingLikeAnswers() {
  const held: (() => void)[] = []
  let released = 0
  const backend: CloudBackend = Object.create(sample.backend, {
    dispatch: {
      value: async (body: { action?: string }, openid?: string | null) => {
        const answer = await sample.backend.dispatch(body, openid)
        if (body.action !== 'comments.like') return answer
        if (released > 0) released -= 1
        else await new Promise<void>((resolve) => held.push(resolve))
        return answer
      },
    },
  })
  const release = () => {
    const next = held.shift()
    if (next) next()
    else released += 1
  }
  return { backend, release }
}

async function openArticle(openid: string | null, backend: CloudBackend = sample.backend): Promise<PageHandle> {
  const page = await openPage(ARTICLE, {
    openid,
    backend,
    query: { id: sample.article.id },
    scene: 1007,
    stackDepth: 2,
  })
  await page.waitForClass('comment-section')
  await page.settle()
  return page
}

/** The comment whose text is `text`. */
function commentOf(page: PageHandle, text: string): Element {
  const found = page.findAll('comment')[page.texts('comment__text').indexOf(text)]
  if (!found) throw new Error(`no comment "${text}" among ${JSON.stringify(page.texts('comment__text'))}`)
  return found
}
/** The part of that comment drawn with `comment__<part>`. */
const partOf = (page: PageHandle, text: string, part: string) => {
  const comment = commentOf(page, text)
  return page.findAll(`comment__${part}`).find((element) => comment.contains(element)) as Element
}
const likeOf = (page: PageHandle, text: string) => partOf(page, text, 'like')
const liked = (page: PageHandle, text: string) => partOf(page, text, 'like--on') !== undefined
const likesShown = (page: PageHandle, text: string) => partOf(page, text, 'like').textContent
const toasts = (page: PageHandle) => page.wx.of('showToast').map((call) => call.options.title)
const actions = (page: PageHandle) => page.apiCalls().map((call) => call.data.action)

/** Until a guest is known as one: 我的 asks me.get, as a reader opening the app would. */
async function knownAsGuest(openid: string) {
  const me = await openPage(ME, { openid, backend: sample.backend })
  await me.waitForClass('phone-login__button')
}

async function logInFromSheet(page: PageHandle, phone: string) {
  await page.trigger('phone-login__button', 'getphonenumber', { errMsg: 'getPhoneNumber:ok', code: `dev-${phone}` })
}

describe('精选留言 under the article (compiled weapp)', () => {
  test('come with articles.get: selected ones with author, time, likes and 作者回复; the reader’s own marked 待精选 or 审核中', async () => {
    await signIn(alice)
    await signIn(bob)
    const answered = await selected('今年新疆棉的机采率还会再提高吗？', bob, '会的，南疆几个团场已在试点。')
    await selected(HOSTILE, bob)
    await send('comments.add', { articleId: sample.article.id, text: '先收藏，晚上细看' }, alice.openid)
    await send('comments.add', { articleId: sample.article.id, text: '待审测试：这条要人工看看' }, alice.openid)

    const page = await openArticle(alice.openid)
    expect(actions(page)).toEqual(['articles.get'])
    expect(page.texts('comment-section__title')).toEqual(['精选留言'])
    // The reader's own unselected comments first, then the selected ones (written in the same second here).
    const texts = page.texts('comment__text')
    expect(texts.slice(0, 2).sort()).toEqual(['先收藏，晚上细看', '待审测试：这条要人工看看'])
    expect(texts.slice(2).sort()).toEqual([HOSTILE, '今年新疆棉的机采率还会再提高吗？'])
    // 读者 and the writer's last two digits, then the mark of a comment only its writer sees.
    expect(page.texts('comment__author').sort()).toEqual(['读者12', '读者12', '读者78审核中', '读者78待精选'])
    expect(partOf(page, '待审测试：这条要人工看看', 'mark').textContent).toBe('审核中')
    expect(partOf(page, '先收藏，晚上细看', 'mark').textContent).toBe('待精选')
    expect(page.findAll('comment__mark')).toHaveLength(2)
    for (const foot of page.texts('comment__foot'))
      expect(foot.startsWith(formatListTime(answered.createdAt))).toBe(true)

    // 作者回复 under the comment it answers.
    const reply = partOf(page, '今年新疆棉的机采率还会再提高吗？', 'reply')
    expect(reply.textContent).toBe('作者回复会的，南疆几个团场已在试点。')
    expect(page.findAll('comment__reply')).toHaveLength(1)

    // Markup a reader typed is text: no element of it is made.
    const hostile = partOf(page, HOSTILE, 'text')
    expect(hostile.children).toHaveLength(0)
    expect(page.element.querySelectorAll('script, img')).toHaveLength(0)
    expect(page.findAll('comment__like-icon')).toHaveLength(2) // the two 赞 icons, and no picture of the reader's

    // 赞 on selected comments only; 删除 on the reader's own, 举报 on others'.
    expect(page.texts('comment__like')).toEqual(['赞', '赞'])
    expect(page.texts('comment__delete')).toEqual(['删除', '删除'])
    expect(page.texts('comment__report')).toEqual(['举报', '举报'])
    expect(partOf(page, '先收藏，晚上细看', 'like')).toBeUndefined()
  })

  test('an article without comments says so in one quiet line, with 写留言 beside the title', async () => {
    const page = await openArticle(null)
    expect(page.findAll('comment')).toEqual([])
    expect(page.texts('comment-section__empty')).toEqual(['还没有留言，来写下第一条吧'])
    expect(page.texts('comment-section__write')).toEqual(['写留言'])
    expect(page.find('comment-section__more')).toBeUndefined()
  })

  test('赞 shows at once, before comments.like answers, and a second tap takes it back', async () => {
    await signIn(alice)
    await signIn(bob)
    await selected('棉纱库存还在高位', bob)
    const { backend: stalled, release } = holdingLikeAnswers()
    const page = await openArticle(alice.openid, stalled)

    await page.tap(likeOf(page, '棉纱库存还在高位'))
    // Drawn liked while the call is still out.
    expect(page.apiCalls('comments.like')).toEqual([expect.objectContaining({ settled: false })])
    await page.waitFor(() => likesShown(page, '棉纱库存还在高位') === '1', { message: 'not liked at once' })
    expect(liked(page, '棉纱库存还在高位')).toBe(true)
    // A tap while it is out sends nothing more.
    await page.tap(likeOf(page, '棉纱库存还在高位'))
    expect(page.apiCalls('comments.like')).toHaveLength(1)
    release()
    await page.settle()
    expect(likesShown(page, '棉纱库存还在高位')).toBe('1')

    await page.tap(likeOf(page, '棉纱库存还在高位'))
    await page.waitFor(() => likesShown(page, '棉纱库存还在高位') === '赞', { message: 'not un-liked at once' })
    release()
    await page.settle()
    expect(liked(page, '棉纱库存还在高位')).toBe(false)
    expect(page.apiCalls('comments.like')).toHaveLength(2)
    const shown = await send('articles.get', { id: sample.article.id }, alice.openid)
    expect(shown.comments.items.map((item) => ({ likes: item.likes, liked: item.liked }))).toEqual([
      { likes: 0, liked: false },
    ])
  })

  test('a like that fails is taken back, and the reader told why', async () => {
    await signIn(alice)
    await signIn(bob)
    await selected('坯布订单回暖', bob)
    const page = await openArticle(alice.openid)
    sample.backend.goOffline()
    await page.tap(likeOf(page, '坯布订单回暖'))
    await page.settle()
    expect(likesShown(page, '坯布订单回暖')).toBe('赞')
    expect(liked(page, '坯布订单回暖')).toBe(false)
    expect(toasts(page)).toEqual(['网络不给力，请检查网络后重试'])
  })

  test('删除 asks first; confirmed, the comment goes from the page and from the backend', async () => {
    await signIn(alice)
    await send('comments.add', { articleId: sample.article.id, text: '写错了，删掉' }, alice.openid)
    const page = await openArticle(alice.openid)

    page.answerModals(false)
    await page.tap(partOf(page, '写错了，删掉', 'delete'))
    await page.settle()
    expect(page.wx.of('showModal').map((call) => call.options.title)).toEqual(['删除留言'])
    expect(page.apiCalls('comments.delete')).toEqual([])
    expect(page.texts('comment__text')).toEqual(['写错了，删掉'])

    page.answerModals(true)
    await page.tap(partOf(page, '写错了，删掉', 'delete'))
    await page.waitFor(() => page.findAll('comment').length === 0, { message: 'the comment stayed' })
    await page.settle()
    expect(page.apiCalls('comments.delete')).toHaveLength(1)
    expect(toasts(page)).toContain('已删除')
    expect(page.texts('comment-section__empty')).toEqual(['还没有留言，来写下第一条吧'])
    expect((await send('articles.get', { id: sample.article.id }, alice.openid)).comments.items).toEqual([])
  })

  test('a comment reported while its like is still out stays gone when the like answers', async () => {
    await signIn(alice)
    await signIn(bob)
    await selected('这条先赞后举报', bob)
    const { backend: stalled, release } = holdingLikeAnswers()
    const page = await openArticle(alice.openid, stalled)
    await page.tap(likeOf(page, '这条先赞后举报'))
    await page.tap(partOf(page, '这条先赞后举报', 'report'))
    await page.waitFor(() => page.findAll('comment').length === 0, { message: 'the report never went' })
    release()
    await page.settle()
    expect(page.apiCalls('comments.like')).toEqual([expect.objectContaining({ settled: true })])
    expect(page.findAll('comment')).toEqual([])
  })

  test('举报 offers reasons; the comment then leaves the list, for everyone, with 已举报，我们会尽快处理', async () => {
    await signIn(alice)
    await signIn(bob)
    const spam = await selected('加微信领取棉花期货内幕', bob)
    await selected('支持国产长绒棉', bob)
    const page = await openArticle(alice.openid)

    await page.tap(partOf(page, '加微信领取棉花期货内幕', 'report'))
    await page.waitFor(() => page.texts('comment__text').length === 1, { message: 'the comment stayed' })
    await page.settle()
    // WeChat's action sheet (the simulator picks the first reason).
    const [sheet] = page.wx.of('showActionSheet')
    expect(sheet.options.itemList).toEqual(['垃圾广告', '色情低俗', '辱骂攻击', '违法违规', '虚假信息', '其他'])
    expect(page.apiCalls('comments.report').map((call) => call.data.payload)).toEqual([
      { id: spam.id, reason: '垃圾广告' },
    ])
    expect(toasts(page)).toEqual(['已举报，我们会尽快处理'])
    expect(page.texts('comment__text')).toEqual(['支持国产长绒棉'])
    const publicList = await send('articles.get', { id: sample.article.id }, null)
    expect(publicList.comments.items.map((item) => item.text)).toEqual(['支持国产长绒棉'])
  })

  test('ten are drawn at first: 查看更多留言 draws the rest of what articles.get brought before asking for more', async () => {
    await signIn(alice)
    await seedComments(sample.backend.store, sample.article.id, 12)
    await seedComments(sample.backend.store, sample.article.id, 10, {
      pendingBy: { openid: alice.openid, author: '读者78' },
      text: (n) => `我的第 ${n + 1} 条`,
    })
    const page = await openArticle(alice.openid)
    expect(page.texts('comment__text')).toEqual(Array.from({ length: 10 }, (_, n) => `我的第 ${n + 1} 条`))

    await page.tap('comment-section__more')
    await page.waitFor(() => page.findAll('comment').length === 20, { message: 'the rest not drawn' })
    expect(page.apiCalls('comments.list')).toEqual([])
    await page.tap('comment-section__more')
    await page.waitFor(() => page.findAll('comment').length === 22, { message: 'no next page' })
    await page.settle()
    expect(page.apiCalls('comments.list')).toHaveLength(1)
    expect(page.find('comment-section__more')).toBeUndefined()
  })

  test('查看更多留言 asks comments.list for the next page, one call per tap, until there is none', async () => {
    await seedComments(sample.backend.store, sample.article.id, 25)
    const page = await openArticle(null)
    const first = page.apiCalls('articles.get')[0].result
    if (!first?.ok) throw new Error('no article')
    expect(page.findAll('comment')).toHaveLength(10)

    // A double tap: one call.
    await page.tap('comment-section__more')
    await page.tap('comment-section__more')
    await page.waitFor(() => page.findAll('comment').length === 20, { message: 'no second page' })
    await page.settle()
    const calls = page.apiCalls('comments.list')
    expect(calls.map((call) => call.data.payload)).toEqual([
      { articleId: sample.article.id, cursor: first.data.comments.nextCursor },
    ])

    await page.tap('comment-section__more')
    await page.waitFor(() => page.findAll('comment').length === 25, { message: 'no third page' })
    await page.settle()
    expect(page.apiCalls('comments.list')).toHaveLength(2)
    expect(page.find('comment-section__more')).toBeUndefined()
    const texts = page.texts('comment__text')
    expect(new Set(texts).size).toBe(25)
    expect(texts[0]).toBe('第 1 条精选留言：今年的棉价走势值得关注。')
    expect(texts[24]).toBe('第 25 条精选留言：今年的棉价走势值得关注。')
  })

  test('留言 in the bar and 写留言 open the composer for this article', async () => {
    await signIn(alice)
    const page = await openArticle(alice.openid)
    await page.tap('reading-bar__comment')
    await page.waitFor(() => page.wx.navigations.length === 1, { message: 'no navigation' })
    await page.tap('comment-section__write')
    await page.waitFor(() => page.wx.navigations.length === 2, { message: 'no second navigation' })
    expect(page.wx.navigations).toEqual([
      expect.objectContaining({ api: 'navigateTo', url: composerUrl(sample.article.id), ok: true }),
      expect.objectContaining({ api: 'navigateTo', url: composerUrl(sample.article.id), ok: true }),
    ])
  })

  test('a guest who taps 留言 logs in on the spot, then the composer opens', async () => {
    await knownAsGuest(alice.openid)
    const page = await openArticle(alice.openid)
    await page.tap('reading-bar__comment')
    await page.waitForText('登录后发表留言')
    expect(page.wx.navigations).toEqual([])
    await logInFromSheet(page, alice.phone)
    await page.waitFor(() => page.wx.navigations.length === 1, { message: 'the composer never opened' })
    expect(page.wx.navigations[0]).toEqual(expect.objectContaining({ url: composerUrl(sample.article.id) }))
    await page.waitFor(() => !page.hasText('登录后发表留言'), { message: 'the sheet stayed open' })
  })

  test('a reader not signed in who taps 赞 is asked to log in, and the like goes through after it', async () => {
    await signIn(bob)
    await selected('期待更多印染行业的报道', bob)
    // Opened from a share: the app does not know yet whether the reader is signed in.
    const page = await openArticle(alice.openid)
    await page.tap(likeOf(page, '期待更多印染行业的报道'))
    await page.waitForText('登录后点赞')
    expect(likesShown(page, '期待更多印染行业的报道')).toBe('赞')

    await logInFromSheet(page, alice.phone)
    await page.waitFor(() => likesShown(page, '期待更多印染行业的报道') === '1', { message: 'the like never went' })
    await page.settle()
    // The like, and the first page again as the reader now sees it.
    expect(actions(page).slice(0, 3)).toEqual(['articles.get', 'comments.like', 'auth.phoneLogin'])
    expect(actions(page).slice(3).sort()).toEqual(['comments.like', 'comments.list'])
    expect(liked(page, '期待更多印染行业的报道')).toBe(true)
    const [comment] = (await send('articles.get', { id: sample.article.id }, alice.openid)).comments.items
    expect(comment).toEqual(expect.objectContaining({ likes: 1, liked: true }))
  })

  test('logged in from the article, a reader sees what articles.get showed only to them: their own comments, 删除 on them', async () => {
    await signIn(bob)
    await selected('坯布价格下周怎么走？', bob)
    await signIn(alice)
    await send('comments.add', { articleId: sample.article.id, text: '我上周写的，还没精选' }, alice.openid)
    await selected('我写的，已经精选了', alice)
    await send('auth.logout', {}, alice.openid)

    await knownAsGuest(alice.openid)
    const page = await openArticle(alice.openid)
    expect(page.texts('comment__text')).toEqual(expect.not.arrayContaining(['我上周写的，还没精选']))
    expect(partOf(page, '我写的，已经精选了', 'report')).toBeDefined()

    await page.tap(likeOf(page, '坯布价格下周怎么走？'))
    await page.waitForText('登录后点赞')
    await logInFromSheet(page, alice.phone)
    await page.waitFor(() => page.texts('comment__text').includes('我上周写的，还没精选'), {
      message: 'the reader’s own comment never showed after the login',
    })
    await page.settle()
    expect(page.texts('comment__mark')).toContain('待精选')
    expect(partOf(page, '我写的，已经精选了', 'delete')).toBeDefined()
    expect(partOf(page, '我写的，已经精选了', 'report')).toBeUndefined()
    expect(liked(page, '坯布价格下周怎么走？')).toBe(true)
  })

  test('a guest who taps 举报 logs in first; the reasons come after', async () => {
    await signIn(bob)
    await selected('广告广告广告', bob)
    await knownAsGuest(alice.openid)
    const page = await openArticle(alice.openid)
    await page.tap(partOf(page, '广告广告广告', 'report'))
    await page.waitForText('登录后举报')
    expect(page.wx.of('showActionSheet')).toEqual([])
    await logInFromSheet(page, alice.phone)
    await page.waitFor(() => page.findAll('comment').length === 0, { message: 'the report never went' })
    await page.settle()
    expect(toasts(page)).toContain('已举报，我们会尽快处理')
  })
})
