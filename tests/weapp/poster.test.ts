import { posterUrl } from '../../src/utils/posterLink'
import { answerOf, openPage, samplePerTest } from '../support/weapp'

const sample = samplePerTest()

describe('share poster page (compiled weapp)', () => {
  test('asks once for the article’s mini-program code, for the version it runs as', async () => {
    const [route, query] = posterUrl(sample.article).slice(1).split('?')
    const page = await openPage(route, {
      backend: sample.backend,
      query: Object.fromEntries(new URLSearchParams(query)),
      stackDepth: 2,
    })
    await page.settle()

    const calls = page.apiCalls()
    expect(calls.map((call) => call.data)).toEqual([
      {
        action: 'articles.code',
        payload: { id: sample.article.id, envVersion: expect.stringMatching(/^(release|trial|develop)$/) },
      },
    ])
    expect(answerOf(page.apiCalls('articles.code')[0]).url).toMatch(/\.png$/)
  })
})
