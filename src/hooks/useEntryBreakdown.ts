import { useRef, useState } from 'react'
import type { Stats } from '../contract/api'
import type { ArticleSummary, Entry } from '../contract/models'
import { fetchStats } from '../services/admin'

/** DESIGN.md's entries, in the operators' words. */
const ENTRY_LABELS: [Entry, string][] = [
  ['chat', '聊天'],
  ['qrcode', '扫码'],
  ['poster', '海报'],
  ['moments', '朋友圈'],
  ['oa', '公众号'],
  ['app', '小程序'],
  ['other', '其他'],
]

export interface Breakdown {
  /** What is broken down, e.g. 文章「…」 or 渠道「…」. */
  subject: string
  /** null while loading. */
  totals: { reads: number; readers: number } | null
  rows: { entry: Entry; label: string; reads: number }[]
}

/**
 * 来源分布: one article's (or one channel's) reads by how readers arrived.
 * Only the latest choice is shown, whatever order the answers come in.
 */
export function useEntryBreakdown(fail: (error: unknown) => void) {
  const [breakdown, setBreakdown] = useState<Breakdown | null>(null)
  /** The article picked, for the picker to show; null once a channel is shown instead. */
  const [article, setArticle] = useState<ArticleSummary | null>(null)
  const latest = useRef(0)

  function show(subject: string, filter: { articleId: string } | { channel: string }) {
    const ticket = ++latest.current
    setBreakdown({ subject, totals: null, rows: [] })
    fetchStats(filter).then(
      ({ reads, readers, byEntry }: Stats) => {
        if (ticket !== latest.current) return
        const rows = ENTRY_LABELS.map(([entry, label]) => ({ entry, label, reads: byEntry[entry] }))
        setBreakdown({ subject, totals: { reads, readers }, rows })
      },
      (error: unknown) => {
        if (ticket !== latest.current) return
        setBreakdown(null)
        fail(error)
      },
    )
  }

  return {
    breakdown,
    article,
    showArticle(picked: ArticleSummary) {
      setArticle(picked)
      show(`文章「${picked.title}」`, { articleId: picked.id })
    },
    showChannel(channel: { code: string; name: string }) {
      setArticle(null)
      show(`渠道「${channel.name}」`, { channel: channel.code })
    },
  } as const
}
