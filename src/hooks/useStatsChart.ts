import { useEffect, useState } from 'react'
import type { Stats } from '../contract/api'
import { drawDailyChart } from '../services/adminChart'

export type ChartPhase = 'waiting' | 'drawn' | 'failed'

/** Draws the days on the canvas each time new figures arrive; says whether it could. */
export function useStatsChart(selector: string, byDay: Stats['byDay'] | null): ChartPhase {
  const [phase, setPhase] = useState<ChartPhase>('waiting')
  useEffect(() => {
    if (!byDay) return setPhase('waiting')
    let current = true
    drawDailyChart(selector, byDay).then(
      () => current && setPhase('drawn'),
      (error: unknown) => {
        console.warn('[stats] chart not drawn', error)
        if (current) setPhase('failed')
      },
    )
    return () => {
      current = false
    }
  }, [selector, byDay])
  return phase
}
