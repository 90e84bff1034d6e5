import { View } from '@tarojs/components'
import { PRESETS, type Preset } from '../../hooks/useStats'
import type { DayRange } from '../../utils/chinaDays'
import OperatorsTabs from '../OperatorsTabs'
import './index.scss'

interface Props {
  range: DayRange
  /** null: a range picked on the calendar. */
  preset: Preset | null
  onPreset: (days: Preset) => void
  onCustom: () => void
}

type Choice = `${Preset}` | 'custom'

const CHOICES: { key: Choice; label: string }[] = [
  ...PRESETS.map((days) => ({ key: `${days}` as Choice, label: `近${days}天` })),
  { key: 'custom', label: '自定义' },
]

/** 近7天 · 近30天 · 近90天 · 自定义, and the China days they cover. */
export default function StatsRangeBar({ range, preset, onPreset, onCustom }: Props) {
  return (
    <View className='stats-range'>
      <OperatorsTabs
        look='chips'
        items={CHOICES}
        active={preset === null ? 'custom' : (`${preset}` as Choice)}
        onChange={(key) => (key === 'custom' ? onCustom() : onPreset(Number(key) as Preset))}
      />
      <View className='stats-range__days' onClick={onCustom}>
        {range.from} 至 {range.to}
      </View>
    </View>
  )
}
