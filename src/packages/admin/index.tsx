import { View } from '@tarojs/components'
import ArticlePicker from '../../components/ArticlePicker'
import ChannelForm from '../../components/ChannelForm'
import ChannelQrCard from '../../components/ChannelQrCard'
import PrivacySheet from '../../components/PrivacySheet'
import StatsTable from '../../components/StatsTable'
import StatusView from '../../components/StatusView'
import { PAGES } from '../../contract/rules'
import { useChannelCreator } from '../../hooks/useChannelCreator'
import { useEntryBreakdown } from '../../hooks/useEntryBreakdown'
import { useOperators } from '../../hooks/useOperators'
import { backOrHome } from '../../utils/navigation'
import './index.scss'

const goBack = () => backOrHome(PAGES.me)

export default function OperatorsPage() {
  const { access, channels, articles, retry, refreshChannels, fail } = useOperators()
  const creator = useChannelCreator(() => void refreshChannels(), fail)
  const { breakdown, article, showArticle, showChannel } = useEntryBreakdown(fail)

  if (access.phase === 'checking') return <View className='operators-page__checking'>正在确认权限…</View>
  if (access.phase === 'denied')
    return <StatusView title='无权访问' description={access.message} actionText='返回' onAction={goBack} />
  if (access.phase === 'error')
    return <StatusView title='加载失败' description={access.message} actionText='重试' onAction={retry} />

  return (
    <View className='operators-page'>
      <View className='operators-page__title'>生成渠道二维码</View>
      <ChannelForm
        name={creator.name}
        onName={creator.setName}
        articles={articles}
        target={creator.target}
        onTarget={creator.setTarget}
        busy={creator.busy}
        onSubmit={creator.submit}
      />
      {creator.created && (
        <ChannelQrCard created={creator.created} onSave={creator.saveCode} onShare={creator.shareCode} />
      )}

      <View className='operators-page__title'>
        渠道效果
        <View className='operators-page__link' onClick={refreshChannels}>
          刷新
        </View>
      </View>
      <StatsTable
        columns={['渠道', '阅读', '读者']}
        rows={(channels ?? []).map((channel) => ({
          key: channel.code,
          cells: [channel.name, channel.reads, channel.readers],
          onTap: () => showChannel(channel),
        }))}
        empty={channels ? '还没有渠道，先在上方生成一个' : '正在加载…'}
      />
      <View className='operators-page__note'>点一行，看该渠道的来源分布</View>

      <View className='operators-page__title'>来源分布</View>
      <ArticlePicker
        label='文章'
        articles={articles}
        value={article}
        onChange={(picked) => picked && showArticle(picked)}
        placeholder='选择最新文章'
      />
      {breakdown && (
        <>
          <View className='operators-page__subject'>
            {breakdown.subject}
            {breakdown.totals && ` · 阅读 ${breakdown.totals.reads} · 读者 ${breakdown.totals.readers}`}
          </View>
          <StatsTable
            columns={['来源', '阅读']}
            rows={breakdown.rows.map((row) => ({ key: row.entry, cells: [row.label, row.reads] }))}
            empty='正在加载…'
          />
        </>
      )}
      <PrivacySheet />
    </View>
  )
}
