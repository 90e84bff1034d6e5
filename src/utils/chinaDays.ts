/**
 * China days (`YYYY-MM-DD`, the contract's ChinaDay) for the operators'
 * statistics: today in China whatever the device's zone, ranges, and the
 * weeks of a month for the range calendar. A day is computed as a UTC date:
 * no zone, no daylight saving, so adding days is exact.
 */

/** China keeps UTC+8 all year. */
const CHINA_OFFSET_MS = 8 * 3600_000
const DAY_MS = 24 * 3600_000

/** The longest range admin.stats answers. */
export const MAX_RANGE_DAYS = 366

const pad = (n: number) => String(n).padStart(2, '0')
const format = (t: Date) => `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`
const parse = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))

/** Today on China's calendar. */
export const chinaToday = (now: number = Date.now()) => format(new Date(now + CHINA_OFFSET_MS))

export const addDays = (day: string, days: number) => format(new Date(parse(day) + days * DAY_MS))

/** Days from `from` to `to`, both included (1 for a single day). */
export const daysInRange = (from: string, to: string) => Math.round((parse(to) - parse(from)) / DAY_MS) + 1

export interface DayRange {
  from: string
  to: string
}

/** The last `days` days, today included (近7天 is today and the 6 before). */
export const lastDays = (days: number, today: string): DayRange => ({ from: addDays(today, 1 - days), to: today })

/** 11月3日, or 2025年11月3日 outside `thisYear`. */
export function dayLabel(day: string, thisYear?: string) {
  const [year, month, date] = day.split('-').map(Number)
  const short = `${month}月${date}日`
  return thisYear && day.slice(0, 4) === thisYear.slice(0, 4) ? short : `${year}年${short}`
}

/** The first day of a month (`YYYY-MM`) moved by `months`. */
export function shiftMonth(month: string, months: number): string {
  const [year, index] = month.split('-').map(Number)
  return format(new Date(Date.UTC(year, index - 1 + months, 1))).slice(0, 7)
}

/**
 * The month's days as a calendar shows them, weeks from Monday (as Chinese
 * calendars do): null pads the first and last week.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const first = parse(`${month}-01`)
  const lead = (new Date(first).getUTCDay() + 6) % 7
  const length = daysInRange(`${month}-01`, addDays(`${shiftMonth(month, 1)}-01`, -1))
  const cells = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length }, (_, i) => addDays(`${month}-01`, i)),
  ]
  while (cells.length % 7) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7))
}
