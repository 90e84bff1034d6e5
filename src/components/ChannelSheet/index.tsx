import { Button, Input, ScrollView, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ENTRY_LABELS } from '../../constants/entryLabels'
import type { ArticleSummary } from '../../contract/models'
import type { useChannelDetail } from '../../hooks/useChannelDetail'
import { inChina } from '../../utils/format'
import ArticlePicker from '../ArticlePicker'
import BottomSheet from '../BottomSheet'
import ChannelQrCard from '../ChannelQrCard'
import StatsTable from '../StatsTable'
import './index.scss'

interface Props {
  detail: ReturnType<typeof useChannelDetail>
  articles: ArticleSummary[]
  titleOf: (articleId: string) => string
}

/**
 * A channel in a sheet over the list, in view wherever it was tapped: its
 * reads and readers (over its life, and the last 30 days by entry), and the
 * organiser's actions on its printed code.
 */
export default function ChannelSheet({ detail, articles, titleOf }: Props) {
  const { row, figures, qrcode, busy } = detail
  const [name, setName] = useState('')
  const [renaming, setRenaming] = useState(false)
  useEffect(() => {
    setRenaming(false)
    setName(row?.name ?? '')
  }, [row?.code, row?.name])
  if (!row) return null

  const save = () => void detail.rename(name).then((saved) => saved && setRenaming(false))
  return (
    <BottomSheet open onClose={detail.close}>
      <ScrollView scrollY className='channel-sheet'>
        <View className='channel-sheet__head'>
          {renaming ? (
            <View className='channel-sheet__rename'>
              <Input
                className='channel-sheet__name-input'
                value={name}
                maxlength={40}
                focus
                onInput={(event) => setName(event.detail.value)}
                onConfirm={save}
              />
              <View className='channel-sheet__link' onClick={save}>
                保存
              </View>
            </View>
          ) : (
            <View className='channel-sheet__title'>{row.name}</View>
          )}
          <View className='channel-sheet__meta'>
            创建于 {inChina(row.createdAt).format('YYYY-MM-DD')}
            {row.archived ? ' · 已归档' : ''}
          </View>
        </View>

        <View className='channel-sheet__totals'>
          <View className='channel-sheet__total'>
            <View className='channel-sheet__number'>{row.reads}</View>
            <View className='channel-sheet__label'>累计阅读</View>
          </View>
          <View className='channel-sheet__total'>
            <View className='channel-sheet__number'>{row.readers}</View>
            <View className='channel-sheet__label'>累计读者</View>
          </View>
        </View>

        <View className='channel-sheet__section'>近30天来源</View>
        {figures.phase === 'loading' && <View className='channel-sheet__state'>正在加载…</View>}
        {figures.phase === 'error' && (
          <View className='channel-sheet__state channel-sheet__state--retry' onClick={detail.retryFigures}>
            加载失败，点击重试
          </View>
        )}
        {figures.phase === 'ready' && (
          <StatsTable
            columns={['来源', '阅读']}
            rows={ENTRY_LABELS.map(([entry, label]) => ({
              key: entry,
              cells: [label, figures.stats.byEntry[entry] ?? 0],
            }))}
            empty='暂无数据'
          />
        )}

        <View className='channel-sheet__section'>二维码</View>
        <View className='channel-sheet__cells'>
          <ArticlePicker
            label='打开页面'
            articles={articles}
            value={row.articleId ? { id: row.articleId, title: titleOf(row.articleId) } : null}
            onChange={(article) => void detail.repoint(article)}
            noneLabel='首页资讯列表'
          />
        </View>
        {qrcode && (
          <ChannelQrCard
            created={{ channel: row, qrcode, ...(row.articleId ? { targetTitle: titleOf(row.articleId) } : {}) }}
            onSave={detail.saveCode}
            onShare={detail.shareCode}
          />
        )}
        <View className='channel-sheet__actions'>
          {!qrcode && (
            <Button className='channel-sheet__button' loading={busy} onClick={detail.downloadCode}>
              下载二维码
            </Button>
          )}
          {!renaming && (
            <Button className='channel-sheet__button' onClick={() => setRenaming(true)}>
              重命名
            </Button>
          )}
          <Button className='channel-sheet__button' onClick={() => void detail.toggleArchived()}>
            {row.archived ? '恢复' : '归档'}
          </Button>
        </View>
        <View className='channel-sheet__close' onClick={detail.close}>
          关闭
        </View>
      </ScrollView>
    </BottomSheet>
  )
}
