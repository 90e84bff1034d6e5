import { Canvas, View } from '@tarojs/components'
import { useEffect } from 'react'
import type { Stats } from '../../contract/api'
import { drawDailyChart } from '../../services/adminChart'
import './index.scss'

const CANVAS_ID = 'stats-chart'

interface Props {
  /** null while the figures load: the canvas stays (its node is kept), a line of words covers it. */
  byDay: Stats['byDay'] | null
}

/** 每日趋势: the daily reads and readers as two lines (uCharts on a 2d canvas). */
export default function StatsChart({ byDay }: Props) {
  useEffect(() => {
    if (!byDay) return
    drawDailyChart(`#${CANVAS_ID}`, byDay).catch((error: unknown) => console.warn('[stats] chart not drawn', error))
  }, [byDay])

  return (
    <View className='stats-chart'>
      <Canvas type='2d' id={CANVAS_ID} className='stats-chart__canvas' />
      {!byDay && <View className='stats-chart__cover'>正在加载…</View>}
    </View>
  )
}
