import { Button, Input, View } from '@tarojs/components'
import type { ArticleSummary } from '../../contract/models'
import ArticlePicker from '../ArticlePicker'
import './index.scss'

interface Props {
  name: string
  onName: (name: string) => void
  articles: ArticleSummary[]
  target: ArticleSummary | null
  onTarget: (article: ArticleSummary | null) => void
  busy: boolean
  onSubmit: () => void
}

/** A channel is an event's name and where its code leads: an article, or the home list. */
export default function ChannelForm({ name, onName, articles, target, onTarget, busy, onSubmit }: Props) {
  return (
    <View className='channel-form'>
      <View className='channel-form__cells'>
        <View className='channel-form__cell'>
          <View className='channel-form__label'>渠道名称</View>
          <Input
            className='channel-form__name'
            value={name}
            maxlength={40}
            placeholder='如 2026 柯桥纺博会'
            onInput={(event) => onName(event.detail.value)}
            onConfirm={onSubmit}
          />
        </View>
        <ArticlePicker
          label='打开页面'
          articles={articles}
          value={target}
          onChange={onTarget}
          noneLabel='首页资讯列表'
        />
      </View>
      <View className='channel-form__actions'>
        {/* No `disabled`: Taro's h5 button looks disabled even with disabled={false}; submit ignores taps while busy. */}
        <Button className='channel-form__submit' loading={busy} onClick={onSubmit}>
          生成二维码
        </Button>
      </View>
    </View>
  )
}
