import { daysInRange } from '../../core/china-day'
import { countingPlan, scopeKey, type Bump, type CountingPlan } from '../read-counting'
import type { DayCounts, Store, Visit } from '../types'
import { COLLECTIONS } from './collections'
import { bump, type Counts } from './counters'
import type { CloudDriver } from './driver'
import type { CloudReaderData } from './readers'

/** An open whose visit is recorded and whose read marker is decided (one round trip). */
export interface BegunOpen {
  /** Whether it counts as a read (read-counting.ts). */
  counted: boolean
  /** Takes the visit and the marker back, for an article that is not there. */
  undo(): Promise<void>
  /**
   * Raises the counters: `readCounted` once the article's own read count
   * has this read (read it then, never before), `done` once everything is written.
   */
  finish(): { readCounted: Promise<unknown>; done: Promise<void> }
}

type ReadStore = Pick<Store, 'recordOpen' | 'dailyStats'>

/** The daily counter document a read raises, and by how much. */
export function dailyCounter({ scope, day, readers, entry, channel }: Bump): {
  id: string
  fields: { scope: string; day: string }
  counts: Counts
} {
  return {
    id: `${scope}~${day}`,
    fields: { scope, day },
    counts: {
      reads: 1,
      readers,
      byEntry: { [entry]: 1 },
      ...(channel ? { byChannel: { [channel.code]: { reads: 1, readers: channel.readers } } } : {}),
    },
  }
}

/**
 * Reads counted by read-counting.ts on CloudBase: markers are documents with
 * deterministic ids whose creation decides, counters are `_.inc`s on
 * documents with deterministic ids. Each step goes out as soon as what it
 * depends on has answered: the visit and the read marker together, then
 * the article's counters with the reader markers, then the rest.
 */
export function cloudReads(driver: CloudDriver, readers: CloudReaderData) {
  const _ = driver.command

  const bumpDay = (read: Bump) => {
    const { id, fields, counts } = dailyCounter(read)
    return bump(driver, COLLECTIONS.dailyStats, id, fields, counts)
  }

  const mark = (id: string, openid: string, day: string) => driver.create(COLLECTIONS.readMarks, id, { openid, day })

  /** Raises every counter of a read that counts; `countArticle` false for a visit counted again (migrate.ts). */
  function countRead(articleId: string | null, plan: CountingPlan, openid: string | null, countArticle: boolean) {
    const { markers, day } = plan
    const readCounted =
      articleId !== null && countArticle
        ? driver.update(COLLECTIONS.articles, { _id: articleId }, { readCount: _.inc(1) })
        : Promise.resolve()
    const articleScopes = Promise.all(plan.articleBumps.map(bumpDay))
    const shared = Promise.all([
      markers && openid ? mark(markers.reader, openid, day) : false,
      markers?.channelReader && openid ? mark(markers.channelReader, openid, day) : false,
    ]).then(async ([reader, channelReader]) => {
      const { bumps, channelTotals } = plan.sharedBumps({ reader, channelReader })
      await Promise.all([
        ...bumps.map(bumpDay),
        channelTotals &&
          driver.update(
            COLLECTIONS.channels,
            { _id: channelTotals.code },
            { reads: _.inc(1), readers: _.inc(channelTotals.readers) },
          ),
        // The reader markers were the last writes with the openid.
        openid && readers.afterWrites(openid),
      ])
    })
    return { readCounted, done: Promise.all([readCounted, articleScopes, shared]).then(() => undefined) }
  }

  async function begin(articleId: string | null, visit: Visit): Promise<BegunOpen> {
    const plan = countingPlan(articleId, visit)
    const { markers } = plan
    const { openid } = visit
    const [visitId, counted] = await Promise.all([
      driver.add(COLLECTIONS.visits, {
        articleId,
        openid,
        scene: visit.scene,
        entry: visit.entry,
        channel: visit.channel?.code ?? null,
        at: visit.at,
        // Counted when written: the one-off migration (migrate.ts) counts only the visits without it.
        counted: true,
      }),
      markers && openid ? mark(markers.read, openid, plan.day) : true,
    ])
    return {
      counted,
      async undo() {
        await Promise.all([
          driver.remove(COLLECTIONS.visits, { _id: visitId }),
          markers && counted ? driver.remove(COLLECTIONS.readMarks, { _id: markers.read }) : undefined,
        ])
      },
      finish() {
        if (counted) return countRead(articleId, plan, openid, true)
        // Not a read: only the visit was written with the openid.
        return {
          readCounted: Promise.resolve(),
          done: openid ? readers.afterWrites(openid).then(() => undefined) : Promise.resolve(),
        }
      },
    }
  }

  const store: ReadStore = {
    async recordOpen(visit) {
      const open = await begin(null, visit)
      await open.finish().done
    },

    async dailyStats(scope, from, to): Promise<DayCounts[]> {
      const docs = await driver.find(
        COLLECTIONS.dailyStats,
        _.and([{ scope: scopeKey(scope), day: _.gte(from) }, { day: _.lte(to) }]),
        { orderBy: [['day', 'asc']], limit: Math.max(1, daysInRange(from, to)) },
      )
      return docs.map((doc) => ({
        day: doc.day as string,
        reads: doc.reads as number,
        readers: doc.readers as number,
        byEntry: (doc.byEntry as DayCounts['byEntry'] | undefined) ?? {},
        byChannel: (doc.byChannel as DayCounts['byChannel'] | undefined) ?? {},
      }))
    },
  }

  return { begin, countRead, store }
}
