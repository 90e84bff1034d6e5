import type { Cost } from '../../server/store/cloudbase/stand-in/database'
import { ADMIN, cloudWorld, runScenario, scenarioCosts, type WorldSize } from '../support/cloud-scenario'
import type { Figure } from './report'

/** One action's cost at one size of the data: a `cloud cost` line of `--json`. */
export interface CloudCost extends Cost, WorldSize {
  action: string
}

const SIZES: WorldSize[] = [
  { articles: 1_000, visits: 1_000 },
  { articles: 100_000, visits: 1_000 },
  { articles: 1_000, visits: 1_000_000 },
  { articles: 100_000, visits: 1_000_000 },
]
/** A database round trip from the cloud function, as DESIGN.md's cost model takes it. */
const ROUND_TRIP_MS = 30
const EXPO_VISITORS = 50_000
const RUSH_READERS = 1_000

/** What the CloudBase store costs per action on the stand-in, at every size (DESIGN.md: cloud at scale). */
export async function cloudCosts(): Promise<CloudCost[]> {
  const rows: CloudCost[] = []
  for (const size of SIZES) {
    // One size at a time: a million visits take a few hundred MB, given back before the next.
    const costs = await scenarioCosts(await cloudWorld(size))
    rows.push(...costs.map((cost) => ({ ...cost, ...size })))
  }
  return rows
}

const costKey = ({ requests, roundTrips, docsRead, docsWritten }: Cost) =>
  `${requests}/${roundTrips}/${docsRead}/${docsWritten}`

/** The actions whose cost differs between sizes of the data (there should be none). */
export function growingActions(rows: CloudCost[]): string[] {
  const byAction = new Map<string, Set<string>>()
  for (const row of rows) byAction.set(row.action, (byAction.get(row.action) ?? new Set()).add(costKey(row)))
  return [...byAction].filter(([, costs]) => costs.size > 1).map(([action]) => action)
}

const sizeLabel = ({ articles, visits }: WorldSize) =>
  `${articles.toLocaleString('en')} articles / ${visits.toLocaleString('en')} visits`

export function printCloudCosts(rows: CloudCost[]) {
  const growing = new Set(growingActions(rows))
  const actions = [...new Set(rows.map((row) => row.action))]
  const width = Math.max(...actions.map((action) => action.length))
  console.log(`\nCloudBase cost per action (stand-in), at ${SIZES.map(sizeLabel).join('; ')}:`)
  console.log(`${'action'.padEnd(width)}  requests  round trips  docs read  docs written`)
  for (const action of actions) {
    const costs = rows.filter((row) => row.action === action)
    const [first] = costs
    const cells = growing.has(action)
      ? [
          costs.map((c) => c.requests).join('|'),
          costs.map((c) => c.roundTrips).join('|'),
          costs.map((c) => c.docsRead).join('|'),
          costs.map((c) => c.docsWritten).join('|'),
        ]
      : [first.requests, first.roundTrips, first.docsRead, first.docsWritten].map(String)
    console.log(
      [
        action.padEnd(width),
        cells[0].padStart(8),
        cells[1].padStart(11),
        cells[2].padStart(9),
        cells[3].padStart(12),
        growing.has(action) ? '  GROWS with the data (one value per size)' : '',
      ].join('  '),
    )
  }
  console.log('')
}

/**
 * A visitor of a 50 000-visitor expo day: scans an event code and reads its
 * article, opens the list, reads two more articles and one of them again;
 * one in ten makes a poster, one in twenty logs in and saves a favorite.
 */
const EXPO_VISITOR: [action: string, times: number][] = [
  ['articles.get: through an event code', 1],
  ['articles.list: first page', 1],
  ['articles.get: first read of the day', 2],
  ['articles.get: repeat open the same day', 1],
  ['articles.code: an existing poster code', 0.1],
  ['auth.phoneLogin: first login', 0.05],
  ['favorites.toggle: save', 0.05],
]

/** The expo day's database bill, from the costs at the largest size. */
export function expoDayFigures(rows: CloudCost[]): Figure[] {
  const largest = SIZES[SIZES.length - 1]
  const costOf = (action: string) =>
    rows.find((row) => row.action === action && row.articles === largest.articles && row.visits === largest.visits)
  const total = { requests: 0, docsRead: 0, docsWritten: 0 }
  for (const [action, times] of EXPO_VISITOR) {
    const cost = costOf(action)
    if (!cost) throw new Error(`no cost measured for ${action}`)
    total.requests += cost.requests * times * EXPO_VISITORS
    total.docsRead += cost.docsRead * times * EXPO_VISITORS
    total.docsWritten += cost.docsWritten * times * EXPO_VISITORS
  }
  const note = 'per visitor: a scan, the list, 2 more articles, 1 re-open; 10% a poster, 5% log in and save'
  return [
    { name: 'expo day, 50 000 visitors: database requests', value: Math.round(total.requests), unit: 'count', note },
    { name: 'expo day, 50 000 visitors: documents read', value: Math.round(total.docsRead), unit: 'count' },
    { name: 'expo day, 50 000 visitors: documents written', value: Math.round(total.docsWritten), unit: 'count' },
  ]
}

export function growthFigures(rows: CloudCost[]): Figure[] {
  const growing = growingActions(rows)
  return [
    {
      name: 'cloud actions whose cost grows with the data',
      value: growing.length,
      unit: 'count',
      limit: 0,
      ...(growing.length > 0 ? { note: growing.join(', ') } : {}),
    },
  ]
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]

/** Each action's time with 30 ms per database round trip (the stand-in's latency), on the smallest data. */
export async function cloudLatencyFigures(): Promise<Figure[]> {
  const world = await cloudWorld(SIZES[0], { latencyMs: ROUND_TRIP_MS })
  const figures: Figure[] = []
  await runScenario(world, async (action, run) => {
    const started = process.hrtime.bigint()
    await run()
    figures.push({
      name: `cloud latency, ${ROUND_TRIP_MS} ms a round trip: ${action}`,
      value: Number(process.hrtime.bigint() - started) / 1e6,
      unit: 'ms',
    })
  })
  return figures
}

/**
 * 1 000 readers open the same event code (each a first read), with 30 ms a
 * round trip and requests completing in any order, arriving over
 * `spreadMs`: every read must be counted once, and no call fail.
 */
async function expoRush(label: string, spreadMs: number): Promise<Figure[]> {
  // Few articles: the stand-in answers in one JavaScript thread, and its own scans would crowd the 30 ms a round trip.
  const world = await cloudWorld({ articles: 100, visits: 100 }, { latencyMs: ROUND_TRIP_MS, jitterMs: 10 })
  const { channel } = await world.call('admin.channels.create', { name: '主入口', articleId: 'a000060' }, ADMIN)
  const before = (await world.call('articles.get', { id: 'a000060' })).article.readCount
  const durations: number[] = []
  const answers = await Promise.all(
    Array.from({ length: RUSH_READERS }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, (i * spreadMs) / RUSH_READERS))
      const started = process.hrtime.bigint()
      const answer = await world.dispatch(
        { action: 'articles.get', payload: { channel: channel.code, scene: 1047 } },
        `rush-${i}`,
      )
      durations.push(Number(process.hrtime.bigint() - started) / 1e6)
      return answer
    }),
  )
  durations.sort((a, b) => a - b)
  const [listed] = (await world.call('admin.channels.list', {}, ADMIN)).items
  const stats = await world.call('admin.stats', { channel: channel.code }, ADMIN)
  const after = (await world.call('articles.get', { id: 'a000060' })).article.readCount
  // The anonymous check above and below count too.
  const counted = [listed.reads, listed.readers, stats.reads, stats.readers, after - before - 1]
  const name = `1 000 readers scan one code ${label}`
  return [
    { name: `${name}: p50`, value: percentile(durations, 0.5), unit: 'ms' },
    {
      name: `${name}: p99`,
      value: percentile(durations, 0.99),
      unit: 'ms',
      ...(spreadMs === 0
        ? { note: 'the stand-in serves all ~17 000 requests in one JavaScript thread: its own CPU is in this figure' }
        : {}),
    },
    { name: `${name}: failed calls`, value: answers.filter((answer) => !answer.ok).length, unit: 'count', limit: 0 },
    {
      name: `${name}: counts off`,
      value: counted.filter((count) => count !== RUSH_READERS).length,
      unit: 'count',
      limit: 0,
      note: 'reads, readers (channel list and stats) and the article’s read count',
    },
  ]
}

/** At once, and over 10 s (100 a second: six times DESIGN.md's 1 000 within a minute). */
export const expoRushFigures = async (): Promise<Figure[]> => [
  ...(await expoRush('at once', 0)),
  ...(await expoRush('within 10 s', 10_000)),
]
