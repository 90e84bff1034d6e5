/** China's offset: a fixed UTC+8, no daylight saving. */
const CHINA_OFFSET = '+08:00'

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i

/**
 * Reads a front-matter date: `YYYY-MM-DD` is 00:00 that day in China; a
 * date and time (`T` or a space between them) without an offset is China
 * time too; with `Z` or an offset it is that instant. Returns an ISO instant
 * in UTC, or null for anything that is not a real date (2026-02-30, 25:00).
 */
export function parsePublishedAt(value: string): string | null {
  const match = DATE_TIME.exec(value.trim())
  if (!match) return null
  const [, year, month, day, hour = '00', minute = '00', second = '00', millis = '0', zone] = match
  // An offset belongs to a time of day, not to a bare date.
  if (match[4] === undefined && zone) return null
  const offset = !zone ? CHINA_OFFSET : zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
  const instant = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${millis.padEnd(3, '0')}${offset}`)
  if (Number.isNaN(instant.getTime())) return null
  // Date rolls 2026-02-30 over into March; a real date reads back the same.
  const local = new Date(instant.getTime() + offsetMinutes(offset) * 60_000)
  const same =
    local.getUTCFullYear() === Number(year) &&
    local.getUTCMonth() + 1 === Number(month) &&
    local.getUTCDate() === Number(day) &&
    local.getUTCHours() === Number(hour) &&
    local.getUTCMinutes() === Number(minute)
  return same ? instant.toISOString() : null
}

function offsetMinutes(offset: string) {
  if (offset === 'Z') return 0
  const sign = offset.startsWith('-') ? -1 : 1
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)))
}
