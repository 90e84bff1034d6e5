import { useCallback, useEffect, useRef, useState } from 'react'
import type { Stats } from '../contract/api'
import { fetchStats } from '../services/admin'
import { exportCsv } from '../services/adminExport'
import { chinaToday, lastDays, type DayRange } from '../utils/chinaDays'
import { showBusy, toast } from '../utils/feedback'
import { statsCsv, statsFileName } from '../utils/statsCsv'
import { messageOf } from '../utils/errorMessage'

/** 近7天, 近30天, 近90天: the ranges an operator asks for most. */
export const PRESETS = [7, 30, 90] as const
export type Preset = (typeof PRESETS)[number]

/** Whose reads: everything, one event channel's, or one article's. */
export type StatsSubject =
  { kind: 'all' } | { kind: 'channel'; code: string; name: string } | { kind: 'article'; id: string; title: string }

export type StatsResult =
  | { phase: 'loading' }
  | { phase: 'ready'; stats: Stats; range: DayRange; subject: StatsSubject }
  | { phase: 'error'; message: string }

const DEFAULT_PRESET: Preset = 30

export const subjectLabel = (subject: StatsSubject) =>
  subject.kind === 'all'
    ? '全部阅读'
    : subject.kind === 'channel'
      ? `渠道「${subject.name}」`
      : `文章「${subject.title}」`

const filterOf = (subject: StatsSubject) =>
  subject.kind === 'channel' ? { channel: subject.code } : subject.kind === 'article' ? { articleId: subject.id } : {}

/**
 * 阅读统计: a range of China days (a preset, or from–to picked on the
 * calendar) and a subject; its totals, entries, channels and days, and the
 * CSV of them. Only the latest choice's answer is shown.
 */
export function useStats(closeIfRefused: (error: unknown) => void) {
  const [range, setRange] = useState<DayRange>(() => lastDays(DEFAULT_PRESET, chinaToday()))
  const [preset, setPreset] = useState<Preset | null>(DEFAULT_PRESET)
  const [subject, setSubject] = useState<StatsSubject>({ kind: 'all' })
  const [result, setResult] = useState<StatsResult>({ phase: 'loading' })
  const latest = useRef(0)

  const load = useCallback(() => {
    const ticket = ++latest.current
    setResult({ phase: 'loading' })
    fetchStats({ ...filterOf(subject), ...range }).then(
      (stats) => ticket === latest.current && setResult({ phase: 'ready', stats, range, subject }),
      (error: unknown) => {
        if (ticket !== latest.current) return
        setResult({ phase: 'error', message: messageOf(error, '加载失败，请重试') })
        closeIfRefused(error)
      },
    )
  }, [range, subject, closeIfRefused])
  useEffect(load, [load])

  function exportTable() {
    if (result.phase !== 'ready') return
    const shown = result.subject
    const name = shown.kind === 'all' ? undefined : shown.kind === 'channel' ? shown.name : shown.title
    const done = showBusy('正在导出')
    exportCsv(statsFileName(result.range, name), statsCsv(result.stats, result.range, subjectLabel(shown))).then(
      (sent) => {
        done()
        if (sent) toast('已导出', 'success')
      },
      (error: unknown) => {
        done()
        console.warn('[stats] export failed', error)
        toast('导出失败，请重试')
      },
    )
  }

  return {
    range,
    preset,
    subject,
    result,
    retry: load,
    choosePreset(days: Preset) {
      setPreset(days)
      setRange(lastDays(days, chinaToday()))
    },
    /** A range picked on the calendar (the calendar keeps it within 366 days). */
    chooseRange(picked: DayRange) {
      setPreset(null)
      setRange(picked)
    },
    chooseSubject: setSubject,
    exportTable,
  } as const
}
