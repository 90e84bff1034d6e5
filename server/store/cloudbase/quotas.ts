import type { Store } from '../types'
import { COLLECTIONS } from './collections'
import type { CloudDriver } from './driver'

/**
 * Rate-limit counters: one document per rule and caller, holding its window
 * and the calls taken in it. Every step is one conditional update or a
 * creation that the database decides, so two calls at once never both take
 * the last call of a window. One request while a window lasts.
 */
export function cloudQuotas(driver: CloudDriver): Pick<Store, 'takeQuota'> {
  const _ = driver.command
  const takeOne = (key: string, window: string, limit: number) =>
    driver.update(COLLECTIONS.quotas, { _id: key, window, count: _.lt(limit) }, { count: _.inc(1) })

  return {
    async takeQuota(key, window, limit) {
      if ((await takeOne(key, window, limit)) > 0) return true
      // A counter left from an earlier window starts again.
      if ((await driver.update(COLLECTIONS.quotas, { _id: key, window: _.lt(window) }, { window, count: 1 })) > 0)
        return true
      if (await driver.create(COLLECTIONS.quotas, key, { window, count: 1 })) return true
      // Made meanwhile by another call of this window, or spent.
      return (await takeOne(key, window, limit)) > 0
    },
  }
}
