/**
 * China days (`YYYY-MM-DD`): China keeps UTC+8 all year, so a day is a fixed
 * offset from UTC and needs no time-zone data (DESIGN.md: dates).
 */
const CHINA_OFFSET_MS = 8 * 3_600_000
const DAY_MS = 86_400_000
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/

const midnightUtc = (day: string) => Date.parse(`${day}T00:00:00Z`)
const dayOfUtc = (time: number) => new Date(time).toISOString().slice(0, 10)

/** The China day an instant falls on. */
export const chinaDay = (instant: Date | string): string =>
  dayOfUtc((typeof instant === 'string' ? Date.parse(instant) : instant.getTime()) + CHINA_OFFSET_MS)

/** `YYYY-MM-DD` naming a day that exists (no 02-30). */
export function isDay(text: string): boolean {
  if (!DAY_PATTERN.test(text)) return false
  const time = midnightUtc(text)
  return !Number.isNaN(time) && dayOfUtc(time) === text
}

export const addDays = (day: string, days: number) => dayOfUtc(midnightUtc(day) + days * DAY_MS)

/** How many days from `from` to `to`, both included (0 when `to` is earlier). */
export const daysInRange = (from: string, to: string) =>
  Math.max(0, Math.round((midnightUtc(to) - midnightUtc(from)) / DAY_MS) + 1)

/** Every day from `from` to `to`, both included, oldest first. */
export const eachDay = (from: string, to: string): string[] =>
  Array.from({ length: daysInRange(from, to) }, (_, i) => addDays(from, i))

/**
 * Fixed windows of `seconds` aligned on China midnight (a day's window is a
 * China day), numbered from 1970, as sortable text.
 */
export const windowOf = (now: Date, seconds: number) =>
  String(Math.floor((now.getTime() + CHINA_OFFSET_MS) / (seconds * 1000))).padStart(12, '0')
