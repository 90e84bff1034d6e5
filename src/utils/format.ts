import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/**
 * China keeps UTC+8 all year. A fixed offset says so without the time-zone
 * data that mini-program engines lack, whatever the device's own zone.
 */
const CHINA_OFFSET_MINUTES = 8 * 60
const DAY_MS = 24 * 3600_000

/** An instant on China's clock and calendar. */
export const inChina = (instant: string | number | Date): Dayjs => dayjs(instant).utcOffset(CHINA_OFFSET_MINUTES)

const sameDay = (a: Dayjs, b: Dayjs) => a.format('YYYYMMDD') === b.format('YYYYMMDD')

/**
 * 今天 or 昨天 for an instant on those China days before `now`; undefined
 * for any other day. A fixed offset has no daylight saving, so 24 hours
 * back is always yesterday.
 */
export function nearDay(at: Dayjs, now: Date): '今天' | '昨天' | undefined {
  if (sameDay(at, inChina(now))) return '今天'
  if (sameDay(at, inChina(now.getTime() - DAY_MS))) return '昨天'
  return undefined
}

/** 11月25日, with the year when it is not this year in China: 2025年11月25日. */
export const formatDay = (at: Dayjs, now: Date) =>
  at.format(at.year() === inChina(now).year() ? 'M月D日' : 'YYYY年M月D日')

/**
 * 发布时间 on a list card, as WeChat's own lists put it: 刚刚, 5分钟前,
 * 3小时前 (earlier today), 昨天 14:30, then 11月25日 (2025年11月25日 in
 * another year). A time ahead of the device's clock reads 刚刚.
 */
export function formatListTime(iso: string, now: Date = new Date()): string {
  const at = inChina(iso)
  const minutes = Math.floor((now.getTime() - at.valueOf()) / 60_000)
  if (minutes < 1) return '刚刚'
  if (minutes < 60) return `${minutes}分钟前`
  const day = nearDay(at, now)
  if (day === '今天') return `${Math.floor(minutes / 60)}小时前`
  if (day === '昨天') return at.format('昨天 HH:mm')
  return formatDay(at, now)
}

/** 发布时间 on the article page, in full: 2026年3月18日 09:30. */
export const formatFullTime = (iso: string) => inChina(iso).format('YYYY年M月D日 HH:mm')

/** 阅读数 the way WeChat shows counts: 9876, 1.2万, 10万+. */
export function formatCount(count: number): string {
  if (count < 10_000) return String(count)
  if (count >= 100_000) return '10万+'
  return `${(Math.floor(count / 1000) / 10).toFixed(1).replace(/\.0$/, '')}万`
}
