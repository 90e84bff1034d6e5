import * as v from 'valibot'
import type { Entry } from '../../src/contract/models'
import { id, payload } from '../core/validate'
import { defineHandler } from './define'

const ENTRIES: Entry[] = ['chat', 'qrcode', 'moments', 'oa', 'app', 'other']

const statsSchema = payload({ articleId: v.optional(id('articleId')), channel: v.optional(id('channel')) })

/** Reads (counted opens) and distinct readers, per entry and per channel, with every channel named. */
export const getStats = defineHandler<'admin.stats', typeof statsSchema>(
  statsSchema,
  async (filter, { store }) => {
    const [stats, channels] = await Promise.all([store.visitStats(filter), store.listChannels()])
    const counted = new Map(stats.byChannel.map((row) => [row.channel, row]))
    const shown = filter.channel === undefined ? channels : channels.filter((c) => c.code === filter.channel)
    return {
      reads: stats.reads,
      readers: stats.readers,
      byEntry: Object.fromEntries(ENTRIES.map((entry) => [entry, stats.byEntry[entry] ?? 0])) as Record<Entry, number>,
      byChannel: shown.map((channel) => ({
        channel: channel.code,
        name: channel.name,
        reads: counted.get(channel.code)?.reads ?? 0,
        readers: counted.get(channel.code)?.readers ?? 0,
      })),
    }
  },
  { adminOnly: true },
)
