import * as v from 'valibot'
import type { Stats } from '../../src/contract/api'
import type { Entry } from '../../src/contract/models'
import { addDays, chinaDay, daysInRange, eachDay, isDay } from '../core/china-day'
import { invalid } from '../core/errors'
import { id, payload } from '../core/validate'
import { ENTRIES } from '../store/read-counting'
import type { ChannelTotals, DayCounts, Store } from '../store/types'
import { defineHandler } from './define'

const MAX_DAYS = 366
const DEFAULT_DAYS = 30
/** The channels a breakdown names, most read first: an organiser's codes fit many times over. */
const MAX_CHANNELS = 100

const day = (field: string) =>
  v.pipe(v.string(`${field} 应为日期`), v.check(isDay, `${field} 应为 YYYY-MM-DD 格式的日期，如 2026-11-27`))

const statsSchema = payload({
  articleId: v.optional(id('articleId')),
  channel: v.optional(id('channel')),
  from: v.optional(day('from')),
  to: v.optional(day('to')),
})

const add = (into: ChannelTotals, counts: ChannelTotals) => {
  into.reads += counts.reads
  into.readers += counts.readers
}

/** The event channels in the days' breakdowns, most read first, named. */
async function channelBreakdown(days: DayCounts[], store: Store): Promise<Stats['byChannel']> {
  const totals = new Map<string, ChannelTotals>()
  for (const { byChannel } of days)
    for (const [code, counts] of Object.entries(byChannel)) {
      const total = totals.get(code) ?? { reads: 0, readers: 0 }
      add(total, counts)
      totals.set(code, total)
    }
  const ranked = [...totals].sort(([a, x], [b, y]) => y.reads - x.reads || (a < b ? -1 : 1)).slice(0, MAX_CHANNELS)
  const named = new Map((await store.findChannels(ranked.map(([code]) => code))).map((c) => [c.code, c]))
  return ranked.flatMap(([code, counts]) => {
    const channel = named.get(code)
    return channel?.kind === 'event' ? [{ channel: code, name: channel.name, ...counts }] : []
  })
}

/**
 * Reads and readers over a range of China days (default the last 30, today
 * included), per entry, per event channel and per day, from the counters the
 * stores keep as reads happen: the cost depends on the days asked, never on
 * how many visits there were. Readers over several days is the sum of each
 * day's distinct readers (server/store/read-counting.ts).
 */
export const getStats = defineHandler<'admin.stats', typeof statsSchema>(
  statsSchema,
  async ({ articleId, channel, from: fromDay, to: toDay }, { store, now }) => {
    const to = toDay ?? chinaDay(now())
    const from = fromDay ?? addDays(to, 1 - DEFAULT_DAYS)
    if (from > to) throw invalid('开始日期不能晚于结束日期')
    if (daysInRange(from, to) > MAX_DAYS) throw invalid(`统计范围最多 ${MAX_DAYS} 天`)

    const [days, filtered] = await Promise.all([
      store.dailyStats({ articleId, channel }, from, to),
      channel === undefined ? null : store.findChannel(channel),
    ])
    const total: ChannelTotals = { reads: 0, readers: 0 }
    const byEntry = Object.fromEntries(ENTRIES.map((entry) => [entry, 0])) as Record<Entry, number>
    for (const counts of days) {
      add(total, counts)
      for (const entry of ENTRIES) byEntry[entry] += counts.byEntry[entry] ?? 0
    }
    const byDate = new Map(days.map((counts) => [counts.day, counts]))
    const byChannel =
      channel === undefined
        ? await channelBreakdown(days, store)
        : filtered?.kind === 'event'
          ? [{ channel, name: filtered.name, ...total }]
          : []
    return {
      ...total,
      byEntry,
      byChannel,
      byDay: eachDay(from, to).map((date) => ({
        day: date,
        reads: byDate.get(date)?.reads ?? 0,
        readers: byDate.get(date)?.readers ?? 0,
      })),
    }
  },
  { adminOnly: true },
)
