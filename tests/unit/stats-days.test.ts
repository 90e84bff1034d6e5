import {
  addDays,
  chinaToday,
  daysInRange,
  lastDays,
  MAX_RANGE_DAYS,
  monthWeeks,
  shiftMonth,
} from '../../src/utils/chinaDays'
import { axisTop, dailyChartOptions } from '../../src/utils/statsChartOptions'
import { statsCsv, statsFileName } from '../../src/utils/statsCsv'
import type { Stats } from '../../src/contract/api'

describe('China days for the operators’ statistics', () => {
  it('today is China’s, whatever the device’s zone: 23:59 UTC is already tomorrow in China', () => {
    expect(chinaToday(Date.parse('2026-11-30T15:59:59Z'))).toBe('2026-11-30')
    expect(chinaToday(Date.parse('2026-11-30T16:00:00Z'))).toBe('2026-12-01')
  })

  it('adds days across months, years and 29 February', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('近7天 is today and the six days before; ranges count both ends', () => {
    expect(lastDays(7, '2026-11-27')).toEqual({ from: '2026-11-21', to: '2026-11-27' })
    expect(daysInRange('2026-11-21', '2026-11-27')).toBe(7)
    expect(daysInRange('2026-11-27', '2026-11-27')).toBe(1)
    expect(daysInRange('2025-11-28', '2026-11-27')).toBe(365)
    expect(MAX_RANGE_DAYS).toBe(366)
  })

  it('lays a month out in weeks from Monday, padded at both ends', () => {
    const weeks = monthWeeks('2026-11')
    // 1 November 2026 is a Sunday.
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01'])
    expect(weeks.at(-1)).toEqual(['2026-11-30', null, null, null, null, null, null])
    expect(weeks.flat().filter(Boolean)).toHaveLength(30)
    expect(monthWeeks('2028-02').flat().filter(Boolean)).toHaveLength(29)
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
  })
})

const STATS: Stats = {
  reads: 9,
  readers: 6,
  byEntry: { chat: 4, qrcode: 3, poster: 1, moments: 0, oa: 1, app: 0, other: 0 },
  byChannel: [{ channel: 'abc123', name: '柯桥纺博会 A馆', reads: 3, readers: 2 }],
  byDay: [
    { day: '2026-11-26', reads: 2, readers: 2 },
    { day: '2026-11-27', reads: 7, readers: 4 },
  ],
}

describe('the statistics table as CSV', () => {
  const range = { from: '2026-11-26', to: '2026-11-27' }

  it('names the file after the brand, the subject and the range, without what file names cannot hold', () => {
    expect(statsFileName(range)).toBe('梧桐台-阅读统计-2026-11-26至2026-11-27.csv')
    expect(statsFileName(range, '柯桥 / "A馆" 入口?')).toBe('梧桐台-阅读统计-柯桥A馆入口-2026-11-26至2026-11-27.csv')
  })

  it('lists what and when, the days with their total, the entries and the channels', () => {
    expect(statsCsv(STATS, range, '全部阅读').split('\r\n')).toEqual([
      '统计对象,全部阅读',
      '日期范围,2026-11-26 至 2026-11-27',
      '',
      '日期,阅读,读者',
      '2026-11-26,2,2',
      '2026-11-27,7,4',
      '合计,9,6',
      '',
      '来源,阅读',
      '扫码,3',
      '海报,1',
      '聊天,4',
      '朋友圈,0',
      '公众号,1',
      '小程序,0',
      '其他,0',
      '',
      '渠道,阅读,读者',
      '柯桥纺博会 A馆,3,2',
      '',
    ])
  })
})

describe('the daily chart', () => {
  it('tops the axis at a multiple of its four steps, so every label is a whole number', () => {
    expect([0, 1, 4, 5, 8, 9, 123].map(axisTop)).toEqual([4, 4, 4, 8, 8, 12, 124])
  })

  it('draws reads and readers per day, oldest left, dots only up to a month', () => {
    const options = dailyChartOptions(STATS.byDay)
    expect(options.categories).toEqual(['11-26', '11-27'])
    expect(options.series.map((series) => [series.name, series.data])).toEqual([
      ['阅读', [2, 7]],
      ['读者', [2, 4]],
    ])
    expect(options.yAxis.data[0]).toMatchObject({ min: 0, max: 8 })
    expect(options.dataPointShape).toBe(true)
    const long = Array.from({ length: 90 }, (_, i) => ({ day: '2026-11-01', reads: i, readers: 0 }))
    expect(dailyChartOptions(long).dataPointShape).toBe(false)
  })
})
