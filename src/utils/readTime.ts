import { formatDay, inChina, nearDay } from './format'

/**
 * When an article was read, as WeChat's own lists put it: 今天 14:30,
 * 昨天 09:05, 3月18日, 2025年12月1日 (China time, like every date in the app).
 * Apart from format.ts because only 阅读历史, in its subpackage, needs it.
 */
export function formatReadTime(iso: string, now: Date = new Date()): string {
  const read = inChina(iso)
  const day = nearDay(read, now)
  return day ? `${day} ${read.format('HH:mm')}` : formatDay(read, now)
}
