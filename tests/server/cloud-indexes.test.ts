import { cloudWorld, runScenario } from '../../scripts/support/cloud-scenario'
import { migrateCloudStore } from '../../server/store/cloudbase/migrate'
import { wxServerSdkDriver } from '../../server/store/cloudbase/driver'
import type { RecordedQuery } from '../../server/store/cloudbase/stand-in/database'
import { declaredIndexes, servingIndex, type QueryShape } from '../../server/store/cloudbase/stand-in/indexes'

const indexes = declaredIndexes()
const shape = (partial: Partial<QueryShape>): QueryShape => ({
  collection: 'articles',
  equal: [],
  range: [],
  order: [],
  ...partial,
})

describe('which declared index serves a query', () => {
  it('takes equality fields as the index’s first keys, then its order, forwards or backwards', () => {
    const feed = {
      equal: ['published'],
      order: [
        ['publishedAt', 'desc'],
        ['_id', 'desc'],
      ] as QueryShape['order'],
    }
    expect(servingIndex(shape(feed), indexes)).toBe('feed')
    expect(
      servingIndex(
        shape({
          ...feed,
          order: [
            ['publishedAt', 'asc'],
            ['_id', 'asc'],
          ],
        }),
        indexes,
      ),
    ).toBe('feed')
    expect(servingIndex(shape({ ...feed, range: ['publishedAt', '_id'] }), indexes)).toBe('feed')
    expect(servingIndex(shape({ ...feed, equal: ['published', 'category'] }), indexes)).toBe('feed_by_category')
  })

  it('serves nothing that would scan: a field out of order, an unindexed field', () => {
    expect(
      servingIndex(
        shape({
          equal: ['published'],
          order: [
            ['publishedAt', 'desc'],
            ['_id', 'asc'],
          ],
        }),
        indexes,
      ),
    ).toBe(null)
    expect(servingIndex(shape({ equal: ['title'] }), indexes)).toBeNull()
    expect(servingIndex(shape({ equal: ['published'], range: ['readCount'] }), indexes)).toBeNull()
    expect(servingIndex(shape({ collection: 'visits', equal: ['articleId'] }), indexes)).toBeNull()
  })

  it('serves a query on _id from the primary key', () => {
    expect(servingIndex(shape({ collection: 'quotas', equal: ['_id', 'window'], range: ['count'] }), indexes)).toBe(
      '_id',
    )
  })
})

describe('every query the CloudBase store sends', () => {
  it('is served by an index declared in cloudbase/database.json, and every declared index serves one', async () => {
    const world = await cloudWorld({ articles: 300, visits: 300 })
    const sent: (RecordedQuery & { action: string })[] = []
    await runScenario(world, async (action, run) => {
      world.db.resetStats()
      await run()
      sent.push(...world.db.queries.map((query) => ({ ...query, action })))
    })
    world.db.resetStats()
    await migrateCloudStore(wxServerSdkDriver(world.db))
    sent.push(...world.db.queries.map((query) => ({ ...query, action: 'npm run migrate:cloud' })))

    expect(sent.filter((query) => query.index === null)).toEqual([])
    const used = new Set(sent.map((query) => `${query.collection}.${query.index}`))
    const declared = Object.entries(indexes).flatMap(([collection, list]) => list.map((i) => `${collection}.${i.name}`))
    expect(declared.filter((index) => !used.has(index))).toEqual([])
  }, 30_000)
})
