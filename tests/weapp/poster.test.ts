import type { ArticleSummary } from '../../src/contract/models'
import { posterUrl } from '../../src/utils/posterLink'
import { answerOf, createCloudBackend, openPage, type CloudBackend } from '../support/weapp'

let backend: CloudBackend
let article: ArticleSummary
beforeEach(async () => {
  backend = await createCloudBackend()
  ;[article] = await backend.articles()
})
afterEach(() => backend.close())

describe('share poster page (compiled weapp)', () => {
  test('asks once for the article’s mini-program code, for the version it runs as', async () => {
    const [route, query] = posterUrl(article).slice(1).split('?')
    const page = await openPage(route, {
      backend,
      query: Object.fromEntries(new URLSearchParams(query)),
      stackDepth: 2,
    })
    await page.settle()

    const calls = page.apiCalls()
    expect(calls.map((call) => call.data)).toEqual([
      {
        action: 'articles.code',
        payload: { id: article.id, envVersion: expect.stringMatching(/^(release|trial|develop)$/) },
      },
    ])
    expect(answerOf(page.apiCalls('articles.code')[0]).url).toMatch(/\.png$/)
  })
})
