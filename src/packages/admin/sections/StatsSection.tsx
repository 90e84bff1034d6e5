import { Button, View } from '@tarojs/components'
import { useState } from 'react'
import ArticlePicker from '../../../components/ArticlePicker'
import DayRangeSheet from '../../../components/DayRangeSheet'
import StatsChart from '../../../components/StatsChart'
import StatsRangeBar from '../../../components/StatsRangeBar'
import StatsTable from '../../../components/StatsTable'
import StatusView from '../../../components/StatusView'
import { ENTRY_LABELS } from '../../../constants/entryLabels'
import type { ArticleCatalog } from '../../../hooks/useOperators'
import { subjectLabel, useStats } from '../../../hooks/useStats'
import { chinaToday } from '../../../utils/chinaDays'

interface Props {
  catalog: ArticleCatalog
  closeIfRefused: (error: unknown) => void
}

/**
 * 统计: whose reads over which China days (all, an article picked, or a
 * channel tapped in 渠道效果: one with no reads in the range has nothing to
 * show); totals, the daily trend, entries and channels, and the CSV.
 */
export default function StatsSection({ catalog, closeIfRefused }: Props) {
  const stats = useStats(closeIfRefused)
  const [picking, setPicking] = useState(false)
  const { subject, result } = stats
  const ready = result.phase === 'ready' ? result : null

  return (
    <View>
      <View className='operators-page__title'>统计范围</View>
      <StatsRangeBar
        range={stats.range}
        preset={stats.preset}
        onPreset={stats.choosePreset}
        onCustom={() => setPicking(true)}
      />
      <ArticlePicker
        label='文章'
        articles={catalog.latest}
        value={subject.kind === 'article' ? subject : null}
        noneLabel='全部文章'
        onChange={(article) =>
          stats.chooseSubject(article ? { kind: 'article', id: article.id, title: article.title } : { kind: 'all' })
        }
      />

      {result.phase === 'error' && (
        <StatusView title='统计加载失败' description={result.message} actionText='重试' onAction={stats.retry} />
      )}
      {result.phase !== 'error' && (
        <>
          <View className='operators-page__subject'>
            {subjectLabel(subject)}
            {subject.kind !== 'all' && (
              <View className='operators-page__link' onClick={() => stats.chooseSubject({ kind: 'all' })}>
                看全部
              </View>
            )}
          </View>
          <View className='operators-page__totals'>
            <View className='operators-page__total'>
              <View className='operators-page__number'>{ready ? ready.stats.reads : '–'}</View>
              <View className='operators-page__unit'>阅读</View>
            </View>
            <View className='operators-page__total'>
              <View className='operators-page__number'>{ready ? ready.stats.readers : '–'}</View>
              <View className='operators-page__unit'>读者</View>
            </View>
          </View>
          <View className='operators-page__title'>每日趋势</View>
          <StatsChart byDay={ready ? ready.stats.byDay : null} />
          <View className='operators-page__title'>来源分布</View>
          <StatsTable
            columns={['来源', '阅读']}
            rows={
              ready
                ? ENTRY_LABELS.map(([entry, label]) => ({
                    key: entry,
                    cells: [label, ready.stats.byEntry[entry] ?? 0],
                  }))
                : []
            }
            empty='正在加载…'
          />
          {subject.kind !== 'channel' && (
            <>
              <View className='operators-page__title'>渠道效果</View>
              <StatsTable
                columns={['渠道', '阅读', '读者']}
                rows={(ready?.stats.byChannel ?? []).map((row) => ({
                  key: row.channel,
                  cells: [row.name, row.reads, row.readers],
                  onTap: () => stats.chooseSubject({ kind: 'channel', code: row.channel, name: row.name }),
                }))}
                empty={ready ? '这段时间没有渠道带来阅读' : '正在加载…'}
              />
              {ready && ready.stats.byChannel.length > 0 && (
                <View className='operators-page__note'>点一个渠道，看它的趋势和来源</View>
              )}
            </>
          )}
          <View className='operators-page__actions'>
            <Button className='operators-page__export' onClick={stats.exportTable}>
              {process.env.TARO_ENV === 'weapp' ? '导出 CSV 发送到聊天' : '导出 CSV'}
            </Button>
          </View>
        </>
      )}
      {picking && (
        <DayRangeSheet
          today={chinaToday()}
          initial={stats.range}
          onClose={() => setPicking(false)}
          onPick={(range) => {
            setPicking(false)
            stats.chooseRange(range)
          }}
        />
      )}
    </View>
  )
}
