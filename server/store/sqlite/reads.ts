import type Database from 'better-sqlite3'
import type { Entry } from '../../../src/contract/models'
import { countingPlan, ENTRIES, scopeKey, type Bump } from '../read-counting'
import type { DayCounts, Store, Visit } from '../types'
import type { ReaderData } from './readers'

/** Column names of the per-entry counters: the entries themselves (ENTRIES is a fixed list of words). */
const ENTRY_COLUMNS = ENTRIES.join(', ')

type DayRow = { day: string; reads: number; readers: number } & Record<Entry, number>

/**
 * Records visits and counts reads by read-counting.ts, inside the caller's
 * transaction: a marker is a row whose insertion decides, counters are
 * upserted rows.
 */
export function sqliteReads(db: Database.Database, readers: ReaderData) {
  const statements = {
    insertVisit: db.prepare(
      `INSERT INTO visits (article_id, openid, scene, entry, channel, at)
       VALUES (@articleId, @openid, @scene, @entry, @channel, @at)`,
    ),
    mark: db.prepare<[string, string]>('INSERT OR IGNORE INTO read_marks (id, openid) VALUES (?, ?)'),
    bumpDay: db.prepare(
      `INSERT INTO daily_stats (scope, day, reads, readers, ${ENTRY_COLUMNS})
       VALUES (@scope, @day, 1, @readers, ${ENTRIES.map((entry) => `@${entry}`).join(', ')})
       ON CONFLICT (scope, day) DO UPDATE SET reads = reads + 1, readers = readers + excluded.readers,
         ${ENTRIES.map((entry) => `${entry} = ${entry} + excluded.${entry}`).join(', ')}`,
    ),
    bumpDayChannel: db.prepare(
      `INSERT INTO daily_channel_stats (scope, day, channel, reads, readers) VALUES (@scope, @day, @code, 1, @readers)
       ON CONFLICT (scope, day, channel) DO UPDATE SET reads = reads + 1, readers = readers + excluded.readers`,
    ),
    bumpChannel: db.prepare<[number, string]>(
      'UPDATE channels SET reads = reads + 1, readers = readers + ? WHERE code = ?',
    ),
    days: db.prepare<[string, string, string], DayRow>(
      `SELECT day, reads, readers, ${ENTRY_COLUMNS} FROM daily_stats WHERE scope = ? AND day BETWEEN ? AND ? ORDER BY day`,
    ),
    dayChannels: db.prepare<[string, string, string], { day: string; channel: string; reads: number; readers: number }>(
      'SELECT day, channel, reads, readers FROM daily_channel_stats WHERE scope = ? AND day BETWEEN ? AND ?',
    ),
  }

  const mark = (id: string, openid: string) => statements.mark.run(id, openid).changes > 0

  function bump({ scope, day, readers: newReaders, entry, channel }: Bump) {
    statements.bumpDay.run({
      scope,
      day,
      readers: newReaders,
      ...Object.fromEntries(ENTRIES.map((e) => [e, e === entry ? 1 : 0])),
    })
    if (channel) statements.bumpDayChannel.run({ scope, day, code: channel.code, readers: channel.readers })
  }

  /** Counts the visit if it is a read (no visit row, no article count); answers whether it counted. */
  function count(articleId: string | null, visit: Visit): boolean {
    const plan = countingPlan(articleId, visit)
    const { markers } = plan
    const openid = visit.openid as string
    if (markers && !mark(markers.read, openid)) return false
    plan.articleBumps.forEach(bump)
    const shared = plan.sharedBumps({
      reader: markers ? mark(markers.reader, openid) : false,
      channelReader: markers?.channelReader ? mark(markers.channelReader, openid) : false,
    })
    shared.bumps.forEach(bump)
    if (shared.channelTotals) statements.bumpChannel.run(shared.channelTotals.readers, shared.channelTotals.code)
    return true
  }

  /**
   * Records the visit and counts it; a reader whose account is deleted is
   * forgotten again at once, as the CloudBase store's writers do.
   */
  function record(articleId: string | null, visit: Visit): boolean {
    statements.insertVisit.run({ articleId, ...visit, channel: visit.channel?.code ?? null })
    const counted = count(articleId, visit)
    if (visit.openid && readers.isForgotten(visit.openid)) readers.scrub(visit.openid)
    return counted
  }

  const store: Pick<Store, 'recordOpen' | 'dailyStats'> = {
    async recordOpen(visit) {
      db.transaction(() => record(null, visit))()
    },
    async dailyStats(scope, from, to): Promise<DayCounts[]> {
      const key = scopeKey(scope)
      const byDay = new Map<string, DayCounts>(
        statements.days.all(key, from, to).map((row) => [
          row.day,
          {
            day: row.day,
            reads: row.reads,
            readers: row.readers,
            byEntry: Object.fromEntries(ENTRIES.filter((e) => row[e] > 0).map((e) => [e, row[e]])),
            byChannel: {},
          },
        ]),
      )
      for (const { day, channel, reads, readers: channelReaders } of statements.dayChannels.all(key, from, to)) {
        const counts = byDay.get(day)
        if (counts) counts.byChannel[channel] = { reads, readers: channelReaders }
      }
      return [...byDay.values()]
    },
  }
  return { record, count, store }
}
