import { Canvas, View } from '@tarojs/components'
import type { Stats } from '../../contract/api'
import { useStatsChart } from '../../hooks/useStatsChart'
import './index.scss'

const CANVAS_ID = 'stats-chart'

interface Props {
  /** null while the figures load: the canvas stays (its node is kept), a line of words covers it. */
  byDay: Stats['byDay'] | null
}

/** 每日趋势: the daily reads and readers as two lines (uCharts on a 2d canvas). */
export default function StatsChart({ byDay }: Props) {
  const phase = useStatsChart(`#${CANVAS_ID}`, byDay)
  return (
    <View className='stats-chart'>
      <Canvas type='2d' id={CANVAS_ID} className='stats-chart__canvas' />
      {phase === 'waiting' && <View className='stats-chart__cover'>正在加载…</View>}
      {phase === 'failed' && <View className='stats-chart__cover'>趋势图未能画出，可导出 CSV 查看每日数据</View>}
    </View>
  )
}
