import { cloudWorld, scenarioCosts, type ActionCost } from '../../scripts/support/cloud-scenario'

const costOf = (costs: ActionCost[], action: string) => costs.find((cost) => cost.action === action)

describe('the CloudBase store’s cost model', () => {
  let small: ActionCost[]
  let large: ActionCost[]
  beforeAll(async () => {
    small = await scenarioCosts(await cloudWorld({ articles: 1_000, visits: 1_000 }))
    large = await scenarioCosts(await cloudWorld({ articles: 20_000, visits: 50_000 }))
  }, 60_000)

  it('costs every action the same requests, round trips and documents at any size of the data', () => {
    expect(small.length).toBeGreaterThan(30)
    expect(large).toEqual(small)
  })

  it('opens an article in three round trips, four through a code, with a bounded number of requests', () => {
    expect(costOf(small, 'articles.get: first read of the day')).toMatchObject({ roundTrips: 3, docsRead: 5 })
    expect(costOf(small, 'articles.get: repeat open the same day')).toMatchObject({ roundTrips: 2, docsWritten: 1 })
    expect(costOf(small, 'articles.get: through a poster code')?.roundTrips).toBeLessThanOrEqual(5)
    // The most: an open through an event code, its read counted and its first comments read with it.
    for (const cost of small) expect(cost.requests).toBeLessThanOrEqual(24)
  })

  it('reads a month of stats from about thirty counter documents, however many visits there were', () => {
    const month = costOf(small, 'admin.stats: the last 30 days')
    expect(month?.docsRead).toBeGreaterThanOrEqual(30)
    expect(month?.docsRead).toBeLessThanOrEqual(30 + 10)
  })
})
