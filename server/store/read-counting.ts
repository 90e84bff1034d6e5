/**
 * The one rule both stores count reads by, so that SQLite answers exactly
 * what CloudBase answers for the same visits (DESIGN.md: reads).
 *
 * - A read is a reader's first open of one target (an article, or the home
 *   list through an event code) on one China day; without an openid every
 *   open is a read. Every open is still recorded as a visit.
 * - A marker with a deterministic id decides each "first": its creation
 *   succeeds once, whatever runs at the same time. `read` decides whether the
 *   open counts, `reader` whether the reader is new today, `channelReader`
 *   whether they are new today to that channel.
 * - Counters are kept per scope and China day (all reads, an article's, a
 *   channel's, an article's through a channel), each with its reads,
 *   readers, reads per entry and, for scopes without a channel, reads and
 *   readers per event channel. A channel also keeps totals over its life.
 * - Readers of a day are distinct openids; over several days, readers is
 *   the sum of each day's readers (a reader back on three days counts three
 *   times). That keeps any range a sum of bounded daily counters.
 */
import type { Entry } from '../../src/contract/models'
import { chinaDay } from '../core/china-day'
import type { StatsScope, Visit } from './types'

export const ENTRIES: readonly Entry[] = ['chat', 'qrcode', 'poster', 'moments', 'oa', 'app', 'other']

/** The key of a scope's counters: `all`, `a~<article>`, `c~<code>` or `a~<article>~c~<code>`. */
export function scopeKey({ articleId, channel }: StatsScope): string {
  const parts = [articleId === undefined ? [] : ['a', articleId], channel === undefined ? [] : ['c', channel]].flat()
  return parts.length === 0 ? 'all' : parts.join('~')
}

/** Marker ids; `~` is in no id, code, openid or day. */
export interface Markers {
  read: string
  reader: string
  /** Only for a visit through a code. */
  channelReader: string | null
}

/** What this read's markers decided: whose creation it won. */
export interface Fresh {
  reader: boolean
  channelReader: boolean
}

/** One scope's counters raised by one read. */
export interface Bump {
  scope: string
  day: string
  readers: 0 | 1
  entry: Entry
  /** The event channel the read came through, and whether it brought the channel a new reader for this scope. */
  channel?: { code: string; readers: 0 | 1 }
}

export interface CountingPlan {
  day: string
  /** Null without an openid: then every open counts and no reader is known. */
  markers: Markers | null
  /** Raised as soon as the read is known to count (the article's scopes know their readers from `read`). */
  articleBumps: Bump[]
  /** Raised once `reader` and `channelReader` are decided: all reads, the channel's, and its totals. */
  sharedBumps(fresh: Fresh): { bumps: Bump[]; channelTotals: { code: string; readers: 0 | 1 } | null }
}

const one = (yes: boolean): 0 | 1 => (yes ? 1 : 0)

/** How a visit to `articleId` (null: the home list) is counted, if it counts. */
export function countingPlan(articleId: string | null, visit: Visit): CountingPlan {
  const day = chinaDay(visit.at)
  const { openid, entry, channel } = visit
  const identified = openid !== null
  // Poster codes count under the entry `poster`, never as channels of their own in a breakdown.
  const event = channel?.kind === 'event' ? channel.code : null
  const markers = openid
    ? {
        read: `${day}~${articleId === null ? 'home' : `a~${articleId}`}~${openid}`,
        reader: `${day}~r~${openid}`,
        channelReader: channel ? `${day}~c~${channel.code}~${openid}` : null,
      }
    : null

  // A counted read is the reader's only one of this article today: a new reader for the article's scopes.
  const articleBumps: Bump[] =
    articleId === null
      ? []
      : [
          {
            scope: scopeKey({ articleId }),
            day,
            readers: one(identified),
            entry,
            ...(event ? { channel: { code: event, readers: one(identified) } } : {}),
          },
          ...(channel
            ? [{ scope: scopeKey({ articleId, channel: channel.code }), day, readers: one(identified), entry }]
            : []),
        ]

  return {
    day,
    markers,
    articleBumps,
    sharedBumps: (fresh) => ({
      bumps: [
        {
          scope: scopeKey({}),
          day,
          readers: one(fresh.reader),
          entry,
          ...(event ? { channel: { code: event, readers: one(fresh.channelReader) } } : {}),
        },
        ...(channel
          ? [{ scope: scopeKey({ channel: channel.code }), day, readers: one(fresh.channelReader), entry }]
          : []),
      ],
      channelTotals: channel ? { code: channel.code, readers: one(fresh.channelReader) } : null,
    }),
  }
}
