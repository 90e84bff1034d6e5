import type Database from 'better-sqlite3'
import type { Store } from '../types'

/** Rate-limit counters: one row per rule and caller, restarted by the first call of a new window. */
export function sqliteQuotas(db: Database.Database): Pick<Store, 'takeQuota'> {
  // One statement decides: a new window restarts the count, the same window
  // counts on while under the limit, and a spent one changes nothing.
  const take = db.prepare(
    `INSERT INTO quotas (key, period, count) VALUES (@key, @period, 1)
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN period = excluded.period THEN count + 1 ELSE 1 END,
       period = excluded.period
     WHERE period <> excluded.period OR count < @limit`,
  )
  return {
    async takeQuota(key, period, limit) {
      return take.run({ key, period, limit }).changes > 0
    },
  }
}
