import { inChina } from './format'

const DAY_MS = 24 * 3600_000
const chinaDay = (date: Date) => inChina(date.toISOString()).date

/**
 * When an article was read, as WeChat's own lists put it: 今天 14:30,
 * 昨天 09:05, 3月18日, 2025年12月1日 (China time, like every date in the app).
 * Apart from format.ts because only 阅读历史, in its subpackage, needs it.
 */
export function formatReadTime(iso: string, now: Date = new Date()): string {
  const read = inChina(iso)
  if (read.date === chinaDay(now)) return `今天 ${read.time}`
  // A fixed offset has no daylight saving: 24 hours back is always yesterday in China.
  if (read.date === chinaDay(new Date(now.getTime() - DAY_MS))) return `昨天 ${read.time}`
  return read.year === inChina(now.toISOString()).year
    ? `${read.month}月${read.day}日`
    : `${read.year}年${read.month}月${read.day}日`
}
