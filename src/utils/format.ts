import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import 'dayjs/locale/zh-cn'

dayjs.extend(utc)
dayjs.locale('zh-cn')

/** China time is a fixed UTC+8: mini-program engines carry no time-zone data. */
const CHINA_OFFSET_MINUTES = 8 * 60

const inChina = (iso: string) => dayjs(iso).utcOffset(CHINA_OFFSET_MINUTES)

/** 发布时间 as the reader's calendar in China shows it: 2026-03-18. */
export const formatDate = (iso: string) => inChina(iso).format('YYYY-MM-DD')

/** 阅读数 the way WeChat shows counts: 9876, 1.2万, 10万+. */
export function formatCount(count: number): string {
  if (count < 10_000) return String(count)
  if (count >= 100_000) return '10万+'
  return `${(Math.floor(count / 1000) / 10).toFixed(1).replace(/\.0$/, '')}万`
}
