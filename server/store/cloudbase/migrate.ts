import { countingPlan } from '../read-counting'
import type { Visit } from '../types'
import { channelOf } from './channels'
import { COLLECTIONS } from './collections'
import { MAX_RECORDS_PER_QUERY, type CloudDriver, type Doc } from './driver'
import { cloudReaders } from './readers'
import { cloudReads } from './reads'

/** Visits counted at once: enough to keep the database busy, few enough for its request quota. */
const CONCURRENCY = 20

export interface MigrationReport {
  channels: number
  visits: number
  reads: number
}

/** Every document of a collection, a page at a time in `_id` order (the primary key serves it). */
async function eachPage(driver: CloudDriver, collection: string, visit: (page: Doc[]) => Promise<void>) {
  for (let after: string | undefined; ;) {
    const page = await driver.find(collection, after === undefined ? {} : { _id: driver.command.gt(after) }, {
      orderBy: [['_id', 'asc']],
      limit: MAX_RECORDS_PER_QUERY,
    })
    if (page.length === 0) return
    await visit(page)
    after = page[page.length - 1]._id
  }
}

/**
 * Brings a CloudBase database written before channels had kinds and reads
 * were counted once a day up to date (`npm run migrate:cloud`, once, after
 * the new function is deployed). Channels get their kind (a poster code is
 * the one articles.code derives from its article), page, archived flag and
 * totals; every visit not counted yet is counted by read-counting.ts's rule
 * (a scan of a poster code as `poster`), without touching the articles'
 * read counts, which already hold it, and marked counted. Visits written by
 * the new function are counted as they happen and skipped, so it may run
 * while readers read, and again after an interruption.
 */
export async function migrateCloudStore(driver: CloudDriver, log: (line: string) => void = () => undefined) {
  const reads = cloudReads(driver, cloudReaders(driver).data)
  const report: MigrationReport = { channels: 0, visits: 0, reads: 0 }
  const kinds = new Map<string, ReturnType<typeof channelOf>['kind']>()

  await eachPage(driver, COLLECTIONS.channels, async (page) => {
    for (const doc of page) {
      const channel = channelOf(doc)
      kinds.set(channel.code, channel.kind)
      if (doc.kind !== undefined) continue
      const { kind, page: opens, archived, reads: total, readers } = channel
      await driver.update(
        COLLECTIONS.channels,
        { _id: doc._id },
        { kind, page: opens, archived, reads: total, readers },
      )
      report.channels++
    }
  })

  async function countVisit(doc: Doc) {
    const code = (doc.channel as string | null) ?? null
    const kind = code === null ? null : (kinds.get(code) ?? 'event')
    const articleId = (doc.articleId as string | null) ?? null
    const visit: Visit = {
      openid: (doc.openid as string | null) ?? null,
      scene: (doc.scene as number | null) ?? null,
      entry: kind === 'poster' ? 'poster' : (doc.entry as Visit['entry']),
      channel: code === null || kind === null ? null : { code, kind },
      at: doc.at as string,
    }
    const plan = countingPlan(articleId, visit)
    const { markers } = plan
    const counted =
      markers && visit.openid
        ? await driver.create(COLLECTIONS.readMarks, markers.read, { openid: visit.openid, day: plan.day })
        : true
    if (counted) await reads.countRead(articleId, plan, visit.openid, false).done
    await driver.update(COLLECTIONS.visits, { _id: doc._id }, { counted: true, entry: visit.entry })
    report.visits++
    if (counted) report.reads++
  }

  await eachPage(driver, COLLECTIONS.visits, async (page) => {
    const waiting = page.filter((doc) => doc.counted !== true)
    for (let i = 0; i < waiting.length; i += CONCURRENCY)
      await Promise.all(waiting.slice(i, i + CONCURRENCY).map(countVisit))
    if (waiting.length > 0) log(`已统计 ${report.visits} 次访问（${report.reads} 次阅读）`)
  })
  return report
}
