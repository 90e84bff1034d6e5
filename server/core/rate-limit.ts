import type { Context } from './context'
import { windowOf } from './china-day'
import { ApiFailure } from './errors'
import { openidDigest } from './openid-digest'

/** At most `limit` calls in each fixed window of `seconds` (a day's window is a China day). */
export interface RateRule {
  /** Names the counter; unique across rules. */
  name: string
  limit: number
  seconds: number
}

export interface RateLimit {
  rules: readonly RateRule[]
  /** RATE_LIMITED's message, fit to show the reader. */
  message: string
}

const MINUTE = 60
const DAY = 86_400

/**
 * The write limits per reader (DESIGN.md states them), far above what a
 * reader does by hand: they stop scripts, not people. Callers without an
 * openid share one counter per rule.
 */
export const RATE_LIMITS = {
  favoriteToggle: {
    rules: [
      { name: 'favorite-minute', limit: 30, seconds: MINUTE },
      { name: 'favorite-day', limit: 500, seconds: DAY },
    ],
    message: '收藏操作太频繁，请稍后再试',
  },
  posterCode: {
    rules: [
      { name: 'poster-code-minute', limit: 20, seconds: MINUTE },
      { name: 'poster-code-day', limit: 300, seconds: DAY },
    ],
    message: '生成海报太频繁，请稍后再试',
  },
  anonymousPosterCode: {
    rules: [
      { name: 'poster-code-anonymous-minute', limit: 60, seconds: MINUTE },
      { name: 'poster-code-anonymous-day', limit: 1_000, seconds: DAY },
    ],
    message: '生成海报太频繁，请稍后再试',
  },
} satisfies Record<string, RateLimit>

/** Whose counter a call takes from: a digest of the openid (never the openid itself), or everyone anonymous. */
const subjectOf = (openid: string | null) => (openid ? openidDigest(openid) : 'anonymous')

/**
 * Takes one call from each of the limit's counters in the database, the
 * same on every instance of the function; RATE_LIMITED once any is spent.
 * A refused call still counts against the counters that had room.
 */
export async function enforceRateLimit(
  { store, openid, now }: Pick<Context, 'store' | 'openid' | 'now'>,
  limit: RateLimit,
) {
  const subject = subjectOf(openid)
  const at = now()
  const allowed = await Promise.all(
    limit.rules.map((rule) => store.takeQuota(`${rule.name}~${subject}`, windowOf(at, rule.seconds), rule.limit)),
  )
  if (allowed.includes(false)) throw new ApiFailure('RATE_LIMITED', limit.message)
}
