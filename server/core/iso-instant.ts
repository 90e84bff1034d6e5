/**
 * Every form of an ISO-8601 timestamp that valibot's isoTimestamp() accepts:
 * `T` or a space, up to nine fraction digits, `Z` or an offset of `±HH`,
 * `±HHMM` or `±HH:MM` (with an optional space before it). JavaScript's Date
 * reads only some of them (not `+08`), so they are taken apart here.
 */
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z| ?([+-])(\d{2})(?::?(\d{2}))?)$/

/**
 * Stored dates are compared as strings (lists, paging cursors), which only
 * holds for four-digit years: `toISOString()` writes year 10000 as
 * `+010000-…`, which sorts before every real date.
 */
const YEARS = { min: 1000, max: 9999 }

/**
 * The instant a timestamp names, as `toISOString()` writes it in UTC; null
 * for a day that does not exist (2026-02-30) or a UTC year outside 1000–9999.
 */
export function utcInstant(value: string): string | null {
  const match = TIMESTAMP.exec(value)
  if (!match) return null
  const [, year, month, day, hour, minute, second, fraction = '', sign, offsetHours = '0', offsetMinutes = '0'] = match
  const fields = [year, month, day, hour, minute, second].map(Number)
  const local = new Date(0)
  // setUTCFullYear, unlike Date.UTC, takes years 0–99 as they are.
  local.setUTCFullYear(fields[0], fields[1] - 1, fields[2])
  local.setUTCHours(fields[3], fields[4], fields[5], Number(fraction.padEnd(3, '0').slice(0, 3)))
  // Date rolls 2026-02-30 over into March and 24:00 into the next day; a real time reads back the same.
  const readBack = [
    local.getUTCFullYear(),
    local.getUTCMonth() + 1,
    local.getUTCDate(),
    local.getUTCHours(),
    local.getUTCMinutes(),
    local.getUTCSeconds(),
  ]
  if (readBack.some((field, index) => field !== fields[index])) return null
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes))
  const instant = new Date(local.getTime() - offset * 60_000)
  const utcYear = instant.getUTCFullYear()
  return utcYear >= YEARS.min && utcYear <= YEARS.max ? instant.toISOString() : null
}
