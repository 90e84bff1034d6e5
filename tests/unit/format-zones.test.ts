/**
 * Dates show in China time whatever zone the device is set to: the same
 * instants give the same words on a phone in California, in London across
 * its daylight-saving change, at UTC+14 or in India. A zone is the
 * process's (TZ), so each is tried in a Node of its own.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

const ROOT = join(__dirname, '../..')

// 2026-03-29 01:30 in London is when its clocks go forward; 09:30 in China.
const SCRIPT = `
  const { formatFullTime, formatListTime } = require('./src/utils/format')
  const { formatReadTime } = require('./src/utils/readTime')
  const now = new Date('2026-03-29T01:30:00Z')
  console.log(JSON.stringify({
    offset: new Date('2026-01-15T00:00:00Z').getTimezoneOffset(),
    shown: [
      formatListTime('2026-03-28T15:59:00Z', now),
      formatListTime('2026-03-28T16:01:00Z', now),
      formatListTime('2026-03-27T15:59:00Z', now),
      formatFullTime('2026-03-28T15:59:00Z'),
      formatReadTime('2026-03-28T16:10:00Z', now),
      formatReadTime('2026-03-28T14:10:00Z', now),
    ],
  }))
`

function inZone(zone: string): { offset: number; shown: string[] } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', SCRIPT], {
    cwd: ROOT,
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  })
  return JSON.parse(output) as { offset: number; shown: string[] }
}

test.each([
  ['UTC', 0],
  ['America/Los_Angeles', 480],
  ['America/New_York', 300],
  ['Europe/London', 0],
  ['Pacific/Kiritimati', -840],
  ['Asia/Kolkata', -330],
])('on a device set to %s, dates read as in China', (zone, offset) => {
  const { offset: actual, shown } = inZone(zone)
  // The zone was in effect: otherwise the test would prove nothing.
  expect(actual).toBe(offset)
  expect(shown).toEqual(['昨天 23:59', '9小时前', '3月27日', '2026年3月28日 23:59', '今天 00:10', '昨天 22:10'])
})
