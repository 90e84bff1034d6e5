/**
 * The part of uCharts (@qiun/ucharts, which ships no types) this app uses:
 * a chart drawn once on a 2d context at construction.
 */
declare module '@qiun/ucharts' {
  export interface UChartsOptions {
    type: 'line' | 'column' | 'area'
    context: unknown
    /** Bitmap pixels (CSS pixels × pixelRatio). */
    width: number
    height: number
    pixelRatio: number
    categories: string[]
    series: { name: string; data: number[]; color?: string }[]
    animation?: boolean
    background?: string
    fontSize?: number
    fontColor?: string
    padding?: number[]
    dataLabel?: boolean
    dataPointShape?: boolean
    legend?: Record<string, unknown>
    xAxis?: Record<string, unknown>
    yAxis?: Record<string, unknown>
    extra?: Record<string, unknown>
  }
  export default class UCharts {
    constructor(options: UChartsOptions)
  }
}
