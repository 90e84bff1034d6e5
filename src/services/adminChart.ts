import UCharts from '@qiun/ucharts'
import Taro from '@tarojs/taro'
import type { Stats } from '../contract/api'
import { dailyChartOptions } from '../utils/statsChartOptions'
import { canvasNode } from './canvasNode'

/**
 * Draws the daily reads and readers with uCharts on the page's
 * `<Canvas type="2d">` (a WeChat 2d node on weapp, an HTML canvas on h5),
 * sharp on the phone's screen: the bitmap is CSS size × pixel ratio.
 */
export async function drawDailyChart(selector: string, byDay: Stats['byDay']): Promise<void> {
  const { node, width, height } = await canvasNode(selector)
  const context = node.getContext('2d')
  if (!context) throw new Error('no 2d context')
  const pixelRatio = Taro.getWindowInfo().pixelRatio
  node.width = Math.round(width * pixelRatio)
  node.height = Math.round(height * pixelRatio)
  new UCharts({ ...dailyChartOptions(byDay), context, width: node.width, height: node.height, pixelRatio })
}
