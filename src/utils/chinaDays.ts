import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { inChina } from './format'

dayjs.extend(utc)

/**
 * China days (`YYYY-MM-DD`, the contract's ChinaDay) for the operators'
 * statistics: today in China whatever the device's zone, ranges, and the
 * weeks of a month for the range calendar. A day is reckoned as a UTC date:
 * no zone, no daylight saving, so adding days is exact.
 */

const DAY = 'YYYY-MM-DD'
const dayOf = (day: string) => dayjs.utc(day)

/** The longest range admin.stats answers. */
export const MAX_RANGE_DAYS = 366

/** Today on China's calendar. */
export const chinaToday = (now: number = Date.now()) => inChina(now).format(DAY)

export const addDays = (day: string, days: number) => dayOf(day).add(days, 'day').format(DAY)

/** Days from `from` to `to`, both included (1 for a single day). */
export const daysInRange = (from: string, to: string) => dayOf(to).diff(dayOf(from), 'day') + 1

export interface DayRange {
  from: string
  to: string
}

/** The last `days` days, today included (近7天 is today and the 6 before). */
export const lastDays = (days: number, today: string): DayRange => ({ from: addDays(today, 1 - days), to: today })

/** The month (`YYYY-MM`) `months` away. */
export const shiftMonth = (month: string, months: number) => dayOf(`${month}-01`).add(months, 'month').format('YYYY-MM')

/**
 * The month's days as a calendar shows them, weeks from Monday (as Chinese
 * calendars do): null pads the first and last week.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const first = dayOf(`${month}-01`)
  const lead = (first.day() + 6) % 7
  const cells: (string | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: first.daysInMonth() }, (_, i) => first.add(i, 'day').format(DAY)),
  ]
  while (cells.length % 7) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7))
}
