/** China time is a fixed UTC+8: mini-program engines carry no time-zone data. */
const CHINA_OFFSET_MS = 8 * 3600_000

const pad = (n: number) => String(n).padStart(2, '0')

/** The calendar and clock in China at `iso`, whatever the device's zone (no library: the main package is tight). */
export function inChina(iso: string) {
  const t = new Date(Date.parse(iso) + CHINA_OFFSET_MS)
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    /** YYYY-MM-DD */
    date: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`,
    /** HH:mm */
    time: `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`,
  }
}

/** 发布时间 as the reader's calendar in China shows it: 2026-03-18. */
export const formatDate = (iso: string) => inChina(iso).date

/** 阅读数 the way WeChat shows counts: 9876, 1.2万, 10万+. */
export function formatCount(count: number): string {
  if (count < 10_000) return String(count)
  if (count >= 100_000) return '10万+'
  return `${(Math.floor(count / 1000) / 10).toFixed(1).replace(/\.0$/, '')}万`
}
