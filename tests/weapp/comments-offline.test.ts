/**
 * 精选留言 and the device's kept articles (its own file: the cache's index is
 * read once per launch, and the app launches once per file): a cached paint
 * shows the kept comments and the fresh answer replaces them; what the
 * reader just wrote, or deleted, shows as it now is before any refresh.
 */
import type { Action, Payload } from '../../src/contract/api'
import type { Comment } from '../../src/contract/models'
import { ADMIN } from '../support/backend'
import { READERS } from '../support/comments'
import { openPage, samplePerTest, type CloudBackend, type PageHandle } from '../support/weapp'

const ARTICLE = 'pages/article/index'
const COMPOSER = 'packages/comment/index'
const { alice, bob } = READERS

const sample = samplePerTest()

const send = <A extends Action>(action: A, payload: Payload<A>, openid: string | null) =>
  sample.backend.callAs(openid, action, payload)
const signIn = (reader: { openid: string; phone: string }) =>
  send('auth.phoneLogin', { code: `dev-${reader.phone}` }, reader.openid)

async function selected(text: string): Promise<Comment> {
  const { comment } = await send('comments.add', { articleId: sample.article.id, text }, bob.openid)
  return (await send('admin.comments.moderate', { id: comment.id, action: 'select' }, ADMIN)).comment
}

/** The backend with articles.get held unanswered until `release()`: a stalled expo network. */
function holdingArticles() {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  const stalled: CloudBackend = Object.create(sample.backend, {
    dispatch: {
      value: async (body: { action?: string }, openid?: string | null) => {
        if (body.action === 'articles.get') await held
        return sample.backend.dispatch(body, openid)
      },
    },
  })
  return { stalled, release }
}

async function openArticle(backend: CloudBackend = sample.backend): Promise<PageHandle> {
  const page = await openPage(ARTICLE, {
    openid: alice.openid,
    backend,
    query: { id: sample.article.id },
    scene: 1007,
    stackDepth: 2,
    storage: 'keep',
  })
  await page.waitForClass('comment-section')
  return page
}

beforeEach(async () => {
  await signIn(alice)
  await signIn(bob)
})

describe('精选留言 from the device (compiled weapp)', () => {
  test('a second open paints the kept comments before any answer; the fresh answer replaces them', async () => {
    const old = await selected('上周的留言')
    const first = await openArticle()
    await first.settle()
    expect(first.texts('comment__text')).toEqual(['上周的留言'])

    await send('admin.comments.moderate', { id: old.id, action: 'hide' }, ADMIN)
    await selected('今天的新留言')
    const { stalled, release } = holdingArticles()
    const second = await openArticle(stalled)
    expect(second.apiCalls('articles.get')).toEqual([expect.objectContaining({ settled: false })])
    expect(second.texts('comment__text')).toEqual(['上周的留言'])

    release()
    await second.waitFor(() => second.texts('comment__text')[0] === '今天的新留言', { message: 'not replaced' })
    await second.settle()
    expect(second.texts('comment__text')).toEqual(['今天的新留言'])
  })

  test('a comment just sent shows on the next open before its refresh, and offline too', async () => {
    const article = await openArticle()
    await article.settle()
    const composer = await openPage(COMPOSER, { query: { id: sample.article.id }, over: article })
    await composer.waitForClass('comment-composer__input')
    await composer.trigger('comment-composer__input', 'input', { value: '刚写的留言', cursor: 5, keyCode: 0 })
    await composer.waitFor(() => composer.find('comment-composer__send--off') === undefined, { message: 'no text' })
    await composer.tap('comment-composer__send')
    await composer.waitFor(() => composer.wx.navigations.length === 1, { message: 'never sent' })
    await composer.close()
    await article.waitFor(() => article.texts('comment__text')[0] === '刚写的留言', { message: 'not shown' })

    const { stalled, release } = holdingArticles()
    const again = await openArticle(stalled)
    expect(again.apiCalls('articles.get')).toEqual([expect.objectContaining({ settled: false })])
    expect(again.texts('comment__text')).toEqual(['刚写的留言'])
    expect(again.texts('comment__mark')).toEqual(['待精选'])
    release()
    await again.settle()
    expect(again.texts('comment__text')).toEqual(['刚写的留言'])

    sample.backend.goOffline()
    const offline = await openArticle()
    await offline.waitForText('离线内容')
    expect(offline.texts('comment__text')).toEqual(['刚写的留言'])
  })

  test('a comment deleted is not painted again from the device', async () => {
    await send('comments.add', { articleId: sample.article.id, text: '要删掉的留言' }, alice.openid)
    const page = await openArticle()
    await page.settle()
    await page.tap('comment__delete')
    await page.waitFor(() => page.findAll('comment').length === 0, { message: 'not deleted' })
    await page.settle()

    sample.backend.goOffline()
    const offline = await openArticle()
    await offline.waitForText('离线内容')
    expect(offline.findAll('comment')).toEqual([])
  })
})
