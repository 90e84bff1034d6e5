import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { QrCodeImage, Stats } from '../contract/api'
import type { ArticleSummary, Channel } from '../contract/models'
import { fetchStats } from '../services/admin'
import { channelQrcode, updateChannel } from '../services/adminChannels'
import { saveImageToAlbum, shareImage } from '../device/album'
import { toast } from '../utils/feedback'
import { withFigures, type ChannelRow } from './useChannels'
import type { ArticleCatalog } from './useOperators'

const BRAND_COLOR = '#2f6b4f'

/** WeChat's modal before a change to what a printed code does: true when confirmed. */
const confirmChange = (title: string, content: string, confirmText: string) =>
  Taro.showModal({ title, content, confirmText, confirmColor: BRAND_COLOR }).then(({ confirm }) => confirm)

/** Its last 30 days (admin.stats' default range), asked when the sheet opens. */
export type ChannelFigures = { phase: 'loading' } | { phase: 'ready'; stats: Stats } | { phase: 'error' }

/**
 * One channel in a sheet over the list, where it was tapped: its figures,
 * and what an organiser does with a printed code: rename it, point it at
 * another article or the home list, archive or restore it, download it
 * again. `onChanged` passes each answer back to the list; the catalog
 * names the target article.
 */
export function useChannelDetail(
  onChanged: (channel: Channel, row: ChannelRow) => void,
  fail: (error: unknown) => void,
  catalog: ArticleCatalog,
) {
  const [row, setRow] = useState<ChannelRow | null>(null)
  const [figures, setFigures] = useState<ChannelFigures>({ phase: 'loading' })
  const [qrcode, setQrcode] = useState<QrCodeImage | null>(null)
  const [busy, setBusy] = useState(false)
  /** The channel shown: an answer for one closed meanwhile is dropped. */
  const shown = useRef<string | null>(null)

  function loadFigures(code: string) {
    setFigures({ phase: 'loading' })
    fetchStats({ channel: code }).then(
      (stats) => shown.current === code && setFigures({ phase: 'ready', stats }),
      (error: unknown) => {
        if (shown.current !== code) return
        setFigures({ phase: 'error' })
        fail(error)
      },
    )
  }

  function open(channel: ChannelRow) {
    shown.current = channel.code
    setRow(channel)
    setQrcode(null)
    loadFigures(channel.code)
  }

  function close() {
    shown.current = null
    setRow(null)
  }

  function update(changes: Parameters<typeof updateChannel>[1], done: string): Promise<boolean> {
    if (!row || busy) return Promise.resolve(false)
    setBusy(true)
    return updateChannel(row.code, changes).then(
      (channel) => {
        setBusy(false)
        onChanged(channel, row)
        if (shown.current === channel.code) setRow(withFigures(channel, row))
        toast(done, 'success')
        return true
      },
      (error: unknown) => {
        setBusy(false)
        fail(error)
        return false
      },
    )
  }

  const targetOf = (articleId?: string) => (articleId ? `「${catalog.titleOf(articleId)}」` : '首页资讯列表')

  return {
    row,
    figures,
    qrcode,
    busy,
    open,
    close,
    retryFigures: () => row && loadFigures(row.code),
    /** Resolves whether the name was saved. */
    rename(name: string) {
      const trimmed = name.trim()
      if (!trimmed) {
        toast('请填写渠道名称')
        return Promise.resolve(false)
      }
      if (!row || trimmed === row.name) return Promise.resolve(true)
      return update({ name: trimmed }, '已重命名')
    },
    /** null: the home list. */
    async repoint(article: ArticleSummary | null) {
      if (!row || article?.id === row.articleId) return
      catalog.remember(article)
      const target = article ? `「${article.title}」` : '首页资讯列表'
      if (await confirmChange('更换打开页面', `已印刷的二维码将改为打开${target}，无需重新印刷。`, '更换'))
        await update({ articleId: article?.id ?? null }, '已更换')
    },
    async toggleArchived() {
      if (!row) return
      const confirmed = row.archived
        ? await confirmChange('恢复渠道', `恢复后，已印刷的二维码将重新打开${targetOf(row.articleId)}。`, '恢复')
        : await confirmChange('归档渠道', '归档后，已印刷的二维码将打开首页。可在「已归档」中随时恢复。', '归档')
      if (confirmed && (await update({ archived: !row.archived }, row.archived ? '已恢复' : '已归档'))) close()
    },
    /** A fresh URL of the stored code (cloud URLs expire), shown to save or share. */
    downloadCode() {
      if (!row || busy) return
      const code = row.code
      setBusy(true)
      channelQrcode(code).then(
        (answer) => {
          setBusy(false)
          if (shown.current === code) setQrcode(answer)
        },
        (error: unknown) => {
          setBusy(false)
          fail(error)
        },
      )
    },
    saveCode: () => qrcode && saveImageToAlbum(qrcode.url),
    shareCode: () => qrcode && shareImage(qrcode.url),
  } as const
}
