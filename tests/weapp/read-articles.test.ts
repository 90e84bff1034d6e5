/**
 * Articles already read on this phone (阅读历史) are drawn in grey in the
 * lists, as in WeChat's own, and one just read turns grey when the list shows
 * again (compiled weapp).
 */
import type { ArticleSummary } from '../../src/contract/models'
import { openPage, samplePerTest } from '../support/weapp'
import { session } from '../support/weapp/runtime'

const sample = samplePerTest()
const HISTORY = 'wtt:reading-history'

/** 阅读历史 as the article page keeps it. */
const history = (...read: ArticleSummary[]) => ({
  version: 1,
  entries: read.map(({ id, title, source, publishedAt }) => ({
    id,
    title,
    source,
    publishedAt,
    readAt: '2026-11-30T02:00:00.000Z',
  })),
})

test('a card read before is grey; one just read turns grey when the list shows again', async () => {
  const [first, second] = sample.articles
  const page = await openPage('pages/index/index', { backend: sample.backend, storage: { [HISTORY]: history(second) } })
  await page.waitForClass('article-card')
  await page.settle()
  const read = () => page.findAll('article-card--read').map((card) => card.textContent ?? '')
  expect(read()).toEqual([expect.stringContaining(second.title)])

  // The reader opens the first article (its page records the read) and comes back.
  session.storage.set(HISTORY, JSON.stringify(history(first, second)))
  page.instance.onShow?.()
  await page.waitFor(() => read().length === 2, { message: 'the article just read is not grey' })
  expect(read()).toEqual([expect.stringContaining(first.title), expect.stringContaining(second.title)])
  expect(page.apiCalls()).toHaveLength(1)
})
