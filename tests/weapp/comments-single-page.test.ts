/**
 * 精选留言 in Moments' single-page mode (its own file: the mode is decided at
 * launch, and the app launches once per file): selected comments read
 * without login; writing, liking and reporting say 前往小程序使用完整服务.
 */
import type { Action, Payload } from '../../src/contract/api'
import { ADMIN } from '../support/backend'
import { READERS } from '../support/comments'
import { openPage, samplePerTest, type PageHandle } from '../support/weapp'

const ARTICLE = 'pages/article/index'
const MOMENTS = 1154
const HINT = '前往小程序使用完整服务'
const { alice, bob } = READERS

const sample = samplePerTest()

const send = <A extends Action>(action: A, payload: Payload<A>, openid: string | null) =>
  sample.backend.callAs(openid, action, payload)

async function writeComment(text: string, reader: { openid: string; phone: string }, select: boolean) {
  await send('auth.phoneLogin', { code: `dev-${reader.phone}` }, reader.openid)
  const { comment: written } = await send('comments.add', { articleId: sample.article.id, text }, reader.openid)
  if (select) await send('admin.comments.moderate', { id: written.id, action: 'select', reply: '谢谢关注' }, ADMIN)
}

const toasts = (page: PageHandle) => page.wx.of('showToast').map((call) => call.options.title)

describe('精选留言 in single-page mode (compiled weapp)', () => {
  test('selected comments read without login; 留言, 写留言, 赞 and 举报 say where to go, and call nothing', async () => {
    await writeComment('棉花收购价今年怎么样？', bob, true)
    await writeComment('我自己的留言，还没精选', alice, false)
    // WeChat gives the cloud no OPENID here, whatever the reader's account.
    const page = await openPage(ARTICLE, {
      scene: MOMENTS,
      backend: sample.backend,
      openid: alice.openid,
      query: { id: sample.article.id },
    })
    await page.waitForClass('comment')
    await page.settle()

    expect(page.texts('comment__text')).toEqual(['棉花收购价今年怎么样？'])
    expect(page.texts('comment__reply')).toEqual(['作者回复谢谢关注'])
    expect(page.find('comment__mark')).toBeUndefined()

    for (const target of ['reading-bar__comment', 'comment-section__write', 'comment__like', 'comment__report'])
      await page.tap(target)
    await page.settle()
    expect(toasts(page)).toEqual([HINT, HINT, HINT, HINT])
    expect(page.apiCalls().map((call) => call.data.action)).toEqual(['articles.get'])
    expect(page.wx.navigations).toEqual([])
    expect(page.wx.of('showActionSheet')).toEqual([])
    expect(page.hasText('登录后')).toBe(false)
    expect(page.texts('comment__like')).toEqual(['赞'])
  })

  test('without comments: a quiet line, no invitation to write', async () => {
    const page = await openPage(ARTICLE, { scene: MOMENTS, backend: sample.backend, query: { id: sample.article.id } })
    await page.waitForClass('comment-section')
    expect(page.texts('comment-section__empty')).toEqual(['还没有精选留言'])
  })
})
