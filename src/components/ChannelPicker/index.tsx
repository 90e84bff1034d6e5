import { ScrollView, View } from '@tarojs/components'
import { useState } from 'react'
import type { ChannelRow } from '../../hooks/useChannels'
import type { PagedList } from '../../hooks/useOperatorsPagedList'
import BottomSheet from '../BottomSheet'
import './index.scss'

interface Props {
  label: string
  /** The channels in use, newest first. */
  list: PagedList<ChannelRow>
  /** The code chosen; null: none (`noneLabel`). */
  value: { code: string; name: string } | null
  noneLabel: string
  onChange: (channel: ChannelRow | null) => void
  onMore: () => void
  onRetry: () => void
}

/** A WeUI cell that opens a sheet of the event channels, by name. */
export default function ChannelPicker({ label, list, value, noneLabel, onChange, onMore, onRetry }: Props) {
  const [open, setOpen] = useState(false)
  const choose = (channel: ChannelRow | null) => {
    setOpen(false)
    onChange(channel)
  }
  const optionClass = (on: boolean) => `channel-picker__option${on ? ' channel-picker__option--on' : ''}`

  return (
    <>
      <View className='channel-picker' onClick={() => setOpen(true)}>
        <View className='channel-picker__label'>{label}</View>
        <View className='channel-picker__value'>{value?.name ?? noneLabel}</View>
        <View className='channel-picker__arrow' />
      </View>
      <BottomSheet open={open} onClose={() => setOpen(false)}>
        <View className='channel-picker__heading'>{label}</View>
        <ScrollView scrollY className='channel-picker__options' onScrollToLower={onMore}>
          <View className={optionClass(!value)} onClick={() => choose(null)}>
            {noneLabel}
          </View>
          {list.items.map((channel) => (
            <View
              key={channel.code}
              className={optionClass(channel.code === value?.code)}
              onClick={() => choose(channel)}
            >
              {channel.name}
            </View>
          ))}
          {list.phase === 'loading' && <View className='channel-picker__state'>正在加载…</View>}
          {list.phase === 'error' && (
            <View className='channel-picker__state channel-picker__state--retry' onClick={onRetry}>
              加载失败，点击重试
            </View>
          )}
          {list.phase === 'ready' && list.items.length === 0 && (
            <View className='channel-picker__state'>还没有渠道</View>
          )}
        </ScrollView>
      </BottomSheet>
    </>
  )
}
