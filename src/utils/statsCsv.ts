import { ENTRY_LABELS } from '../constants/entryLabels'
import type { Stats } from '../contract/api'
import { BRAND_NAME } from '../constants/brand'
import type { DayRange } from './chinaDays'
import { toCsv, type CsvCell } from './csv'

/** Characters no file system or chat client takes in a file name. */
const UNSAFE_IN_NAME = /[\\/:*?"<>|\s]+/g

/**
 * 梧桐台-阅读统计-2026-11-01至2026-11-30.csv, with the channel's or the
 * article's name when the figures are theirs (cut short: a title can be long).
 */
export function statsFileName(range: DayRange, subject?: string) {
  const name = subject?.replace(UNSAFE_IN_NAME, '').slice(0, 20)
  return [BRAND_NAME, '阅读统计', ...(name ? [name] : []), `${range.from}至${range.to}.csv`].join('-')
}

/**
 * The figures as an operator reads them in a spreadsheet: what and when,
 * then the days (with their total), the entries and the channels, each a
 * small table of its own under a blank line.
 */
export function statsCsv(stats: Stats, range: DayRange, subject: string): string {
  const rows: CsvCell[][] = [
    ['统计对象', subject],
    ['日期范围', `${range.from} 至 ${range.to}`],
    [],
    ['日期', '阅读', '读者'],
    ...stats.byDay.map(({ day, reads, readers }) => [day, reads, readers]),
    ['合计', stats.reads, stats.readers],
    [],
    ['来源', '阅读'],
    ...ENTRY_LABELS.map(([entry, label]) => [label, stats.byEntry[entry] ?? 0]),
  ]
  if (stats.byChannel.length > 0)
    rows.push(
      [],
      ['渠道', '阅读', '读者'],
      ...stats.byChannel.map(({ name, reads, readers }) => [name, reads, readers]),
    )
  return toCsv(rows)
}
