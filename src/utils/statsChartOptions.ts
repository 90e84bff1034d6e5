import type { Stats } from '../contract/api'

/** The y axis's gridlines: with a top that is a multiple of it, every label is a whole number of reads. */
const Y_STEPS = 4
/** Dots on each day read well up to a month; beyond, they merge into a thick line. */
const MAX_DAYS_WITH_DOTS = 31
/** Labels under the x axis: more would overlap on a phone. */
const X_LABELS = 6

export const SERIES_COLORS = { reads: '#2f6b4f', readers: '#e0a526' } as const

/** 11-03 for the axis: the year is in the range the page shows above the chart. */
const axisDay = (day: string) => day.slice(5)

/** The smallest top at or above `max` that the steps divide into whole numbers (4 for an empty range). */
export const axisTop = (max: number) => Math.max(Y_STEPS, Math.ceil(max / Y_STEPS) * Y_STEPS)

/**
 * uCharts' options (less the canvas) for the daily reads and readers: two
 * lines over the days, oldest left, no animation (drawn once per answer).
 */
export function dailyChartOptions(byDay: Stats['byDay']) {
  const reads = byDay.map((day) => day.reads)
  const readers = byDay.map((day) => day.readers)
  return {
    type: 'line' as const,
    animation: false,
    background: '#FFFFFF',
    fontSize: 11,
    fontColor: '#646a73',
    // Room on the right for the last day's label, which uCharts centres under its dot.
    padding: [16, 24, 4, 4],
    categories: byDay.map((day) => axisDay(day.day)),
    series: [
      { name: '阅读', data: reads, color: SERIES_COLORS.reads },
      { name: '读者', data: readers, color: SERIES_COLORS.readers },
    ],
    dataLabel: false,
    dataPointShape: byDay.length <= MAX_DAYS_WITH_DOTS,
    legend: { show: true, position: 'top', float: 'right', fontColor: '#646a73' },
    xAxis: { disableGrid: true, labelCount: Math.min(X_LABELS, byDay.length), fontColor: '#8a8f99' },
    yAxis: {
      gridType: 'dash',
      gridColor: '#e5e6eb',
      splitNumber: Y_STEPS,
      data: [{ min: 0, max: axisTop(Math.max(0, ...reads, ...readers)), fontColor: '#8a8f99' }],
    },
    extra: { line: { type: 'straight', width: 2 } },
  }
}
