import { View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import ChannelForm from '../../../components/ChannelForm'
import ChannelList from '../../../components/ChannelList'
import ChannelQrCard from '../../../components/ChannelQrCard'
import ChannelSheet from '../../../components/ChannelSheet'
import OperatorsTabs from '../../../components/OperatorsTabs'
import { useChannelCreator } from '../../../hooks/useChannelCreator'
import { useChannelDetail } from '../../../hooks/useChannelDetail'
import { useChannels } from '../../../hooks/useChannels'
import type { ArticleCatalog } from '../../../hooks/useOperators'

interface Props {
  catalog: ArticleCatalog
  fail: (error: unknown) => void
  closeIfRefused: (error: unknown) => void
}

const FILTERS = [
  { key: 'active', label: '使用中' },
  { key: 'archived', label: '已归档' },
] as const

/** 渠道: a new event code, then the codes made so far; a tapped one opens in a sheet, in view. */
export default function ChannelsSection({ catalog, fail, closeIfRefused }: Props) {
  const channels = useChannels(closeIfRefused)
  // A new channel is in use: show that list, from its top.
  const creator = useChannelCreator(
    () => (channels.archived ? channels.showArchived(false) : void channels.reload()),
    fail,
  )
  const detail = useChannelDetail(channels.changed, fail, catalog)
  useReachBottom(channels.loadMore)

  return (
    <View>
      <View className='operators-page__title'>新建渠道二维码</View>
      <ChannelForm
        name={creator.name}
        onName={creator.setName}
        articles={catalog.latest}
        target={creator.target}
        onTarget={(article) => {
          catalog.remember(article)
          creator.setTarget(article)
        }}
        busy={creator.busy}
        onSubmit={creator.submit}
      />
      {creator.created && (
        <ChannelQrCard created={creator.created} onSave={creator.saveCode} onShare={creator.shareCode} />
      )}

      <View className='operators-page__title'>
        渠道列表
        <View className='operators-page__link' onClick={channels.reload}>
          刷新
        </View>
      </View>
      <OperatorsTabs
        look='chips'
        items={FILTERS}
        active={channels.archived ? 'archived' : 'active'}
        onChange={(key) => channels.showArchived(key === 'archived')}
      />
      <ChannelList
        list={channels.list}
        titleOf={catalog.titleOf}
        empty={channels.archived ? '没有已归档的渠道' : '还没有渠道，先在上方生成一个'}
        onOpen={detail.open}
        onRetry={channels.reload}
        onMore={channels.loadMore}
      />
      <ChannelSheet detail={detail} articles={catalog.latest} titleOf={catalog.titleOf} />
    </View>
  )
}
